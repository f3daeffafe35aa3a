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
 * The shapes of SQL that load users with their posts, written by hand to measure which is
 * fastest.
 */
public enum LoadShape {

	/**
	 * The users, then their posts by {@code author_id = ANY(?)}: two statements, each row
	 * read once.
	 */
	SECOND_QUERY,

	/**
	 * One {@code LEFT JOIN}: the user's columns repeat on each of its posts' rows.
	 */
	JOIN,

	/**
	 * One statement, each user's posts a JSON array ({@code json_agg}), parsed by
	 * Jackson.
	 */
	JSON,

	/**
	 * One statement, each user's posts one PostgreSQL array per column ({@code array_agg}
	 * in a {@code LATERAL} subquery).
	 */
	ARRAYS

}
