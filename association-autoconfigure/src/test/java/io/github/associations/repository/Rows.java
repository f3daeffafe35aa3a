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

package io.github.associations.repository;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and resets the rows of the test models, as a user would look at them in the
 * database.
 */
final class Rows {

	private final JdbcClient jdbc;

	Rows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void clear() {
		this.jdbc.sql(
				"TRUNCATE users, posts, tags, post_tags, related_tags, follows, post_labels, account_tags, comments, notes, profiles, passports, cards, badges, accounts, wallets, teams, members, clearances, tickets, licences, gadgets, specimens, excavations, "
						+ "documents_with_names_as_long_as_postgresql_allows_sixty_three " + "RESTART IDENTITY")
			.update();
	}

	long insertUser(String username) {
		return this.jdbc.sql("INSERT INTO users (username) VALUES (?) RETURNING id")
			.param(username)
			.query(Long.class)
			.single();
	}

	long insertProfile(String bio, Long userId) {
		return this.jdbc.sql("INSERT INTO profiles (bio, user_id) VALUES (?, ?) RETURNING id")
			.param(bio)
			.param(userId)
			.query(Long.class)
			.single();
	}

	/**
	 * Return the rows of a table as {@code column=value} maps ordered by id.
	 */
	List<Map<String, Object>> rows(String table) {
		return this.jdbc.sql("SELECT * FROM " + table + " ORDER BY id").query().listOfRows();
	}

	Object value(String sql, Object... parameters) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Object parameter : parameters) {
			statement = statement.param(parameter);
		}
		List<Map<String, Object>> rows = statement.query().listOfRows();
		if (rows.size() != 1) {
			throw new IllegalStateException(sql + " returned " + rows.size() + " rows");
		}
		return rows.get(0).values().iterator().next();
	}

	int update(String sql, Object... parameters) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Object parameter : parameters) {
			statement = statement.param(parameter);
		}
		return statement.update();
	}

	long count(String sql, Object... parameters) {
		return ((Number) value(sql, parameters)).longValue();
	}

}
