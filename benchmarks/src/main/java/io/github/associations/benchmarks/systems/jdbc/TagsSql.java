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
 * The SQL of the hand-written many-to-many operations between posts and tags.
 */
final class TagsSql {

	/**
	 * Lock the post's row, so that two {@code set}s of one post take turns: without it,
	 * two concurrent ones can leave the post with the tags of both.
	 */
	static final String LOCK_POST = "SELECT 1 FROM \"posts\" WHERE \"id\" = ? FOR NO KEY UPDATE";

	/**
	 * Delete the post's links to tags that are not given and insert the missing ones, in
	 * one statement. Parameters: post, tags, post, tags.
	 */
	static final String SET_TAGS = "WITH \"removed\" AS (DELETE FROM \"post_tags\" WHERE \"post_id\" = ?"
			+ " AND \"tag_id\" <> ALL(?)) INSERT INTO \"post_tags\" (\"post_id\", \"tag_id\") SELECT ?, \"t\""
			+ " FROM unnest(?::bigint[]) AS \"t\" ON CONFLICT DO NOTHING";

	static final String ADD_TAG = "INSERT INTO \"post_tags\" (\"post_id\", \"tag_id\") VALUES (?, ?)"
			+ " ON CONFLICT DO NOTHING";

	static final String LOAD_POSTS = "SELECT \"id\", \"title\", \"body\" FROM \"posts\" WHERE \"id\" = ANY(?)";

	static final String LOAD_TAGS = "SELECT \"pt\".\"post_id\", \"t\".\"id\", \"t\".\"name\" FROM \"post_tags\" \"pt\""
			+ " JOIN \"tags\" \"t\" ON \"t\".\"id\" = \"pt\".\"tag_id\" WHERE \"pt\".\"post_id\" = ANY(?)";

	private TagsSql() {
	}

}
