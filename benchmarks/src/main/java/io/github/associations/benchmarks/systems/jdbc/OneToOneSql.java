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
 * The fewest statements for each operation, shared by the hand-written systems.
 */
final class OneToOneSql {

	static final String INSERT_USER = "INSERT INTO \"users\" (\"username\", \"email\") VALUES (?, ?) RETURNING \"id\"";

	static final String INSERT_PROFILE = "INSERT INTO \"profiles\" (\"bio\", \"user_id\") VALUES (?, ?) RETURNING \"id\"";

	/**
	 * Unlink the user's other profile and link the profile, in one statement; the guard
	 * runs the unlinking first, so the unique constraint never sees two profiles of one
	 * user. Parameters: user, profile, user, profile.
	 */
	static final String RELINK = "WITH \"previous\" AS (UPDATE \"profiles\" SET \"user_id\" = NULL"
			+ " WHERE \"user_id\" = ? AND \"id\" <> ? RETURNING 1)"
			+ " UPDATE \"profiles\" SET \"user_id\" = ? WHERE \"id\" = ? AND (SELECT count(*) FROM \"previous\") >= 0";

	static final String UNSET = "UPDATE \"profiles\" SET \"user_id\" = NULL WHERE \"user_id\" = ?";

	static final String UPDATE_USERNAME = "UPDATE \"users\" SET \"username\" = ? WHERE \"id\" = ?";

	static final String LOAD = "SELECT \"u\".\"id\", \"u\".\"username\", \"u\".\"email\", \"p\".\"id\", \"p\".\"bio\""
			+ " FROM \"users\" \"u\" LEFT JOIN \"profiles\" \"p\" ON \"p\".\"user_id\" = \"u\".\"id\""
			+ " WHERE \"u\".\"id\" = ANY(?)";

	private OneToOneSql() {
	}

}
