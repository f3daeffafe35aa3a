/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations.benchmarks.systems.jdbc;

/**
 * The fewest statements for each one-to-many operation, written by hand.
 */
final class PostsSql {

	/**
	 * Lock the user's row, so that two {@code set}s of one user take turns: without it,
	 * two concurrent ones can leave the user with the posts of both.
	 */
	static final String LOCK_USER = "SELECT 1 FROM \"users\" WHERE \"id\" = ? FOR NO KEY UPDATE";

	/**
	 * The posts a set changes: the user's that are not given, and the given ones it does
	 * not have. Parameters: user, posts, posts, user.
	 */
	private static final String CHANGED = "(\"author_id\" = ? AND \"id\" <> ALL(?))"
			+ " OR (\"id\" = ANY(?) AND \"author_id\" IS DISTINCT FROM ?)";

	/**
	 * Unlink the user's posts that are not given and link the given ones it does not
	 * have, in one statement. Parameters: posts, user, user, posts, posts, user.
	 */
	static final String SET_POSTS = "UPDATE \"posts\" SET \"author_id\" = CASE WHEN \"id\" = ANY(?) THEN ?::bigint END"
			+ " WHERE " + PostsSql.CHANGED;

	/**
	 * {@link #SET_POSTS} with the guarantee the association repositories give: the user's
	 * posts and the given ones locked in id order first, so that two crossing sets cannot
	 * deadlock. Parameters: user, posts, then those of {@link #SET_POSTS}.
	 */
	static final String SET_POSTS_ORDERED = "WITH \"locked\" AS (SELECT \"id\" FROM \"posts\" WHERE \"author_id\" = ?"
			+ " OR \"id\" = ANY(?) ORDER BY \"id\" FOR NO KEY UPDATE) UPDATE \"posts\" SET \"author_id\" ="
			+ " CASE WHEN \"id\" = ANY(?) THEN ?::bigint END WHERE \"id\" IN (SELECT \"id\" FROM \"locked\") AND ("
			+ PostsSql.CHANGED + ")";

	static final String INSERT_POST = "INSERT INTO \"posts\" (\"title\", \"body\", \"author_id\") VALUES (?, ?, ?)"
			+ " RETURNING \"id\"";

	static final String LOAD_USERS = "SELECT \"id\", \"username\", \"email\" FROM \"users\" WHERE \"id\" = ANY(?)";

	static final String LOAD_POSTS = "SELECT \"id\", \"title\", \"body\", \"author_id\" FROM \"posts\""
			+ " WHERE \"author_id\" = ANY(?) ORDER BY \"id\"";

	static final String LOAD_JOINED = "SELECT \"u\".\"id\", \"u\".\"username\", \"u\".\"email\", \"p\".\"id\","
			+ " \"p\".\"title\", \"p\".\"body\" FROM \"users\" \"u\" LEFT JOIN \"posts\" \"p\""
			+ " ON \"p\".\"author_id\" = \"u\".\"id\" WHERE \"u\".\"id\" = ANY(?) ORDER BY \"u\".\"id\", \"p\".\"id\"";

	static final String LOAD_JSON = "SELECT \"u\".\"id\", \"u\".\"username\", \"u\".\"email\","
			+ " (SELECT json_agg(json_build_object('id', \"p\".\"id\", 'title', \"p\".\"title\", 'body', \"p\".\"body\")"
			+ " ORDER BY \"p\".\"id\") FROM \"posts\" \"p\" WHERE \"p\".\"author_id\" = \"u\".\"id\")"
			+ " FROM \"users\" \"u\" WHERE \"u\".\"id\" = ANY(?)";

	static final String LOAD_ARRAYS = "SELECT \"u\".\"id\", \"u\".\"username\", \"u\".\"email\", \"a\".\"ids\","
			+ " \"a\".\"titles\", \"a\".\"bodies\" FROM \"users\" \"u\" LEFT JOIN LATERAL (SELECT"
			+ " array_agg(\"p\".\"id\" ORDER BY \"p\".\"id\") AS \"ids\","
			+ " array_agg(\"p\".\"title\" ORDER BY \"p\".\"id\") AS \"titles\","
			+ " array_agg(\"p\".\"body\" ORDER BY \"p\".\"id\") AS \"bodies\" FROM \"posts\" \"p\""
			+ " WHERE \"p\".\"author_id\" = \"u\".\"id\") AS \"a\" ON true WHERE \"u\".\"id\" = ANY(?)";

	private PostsSql() {
	}

}
