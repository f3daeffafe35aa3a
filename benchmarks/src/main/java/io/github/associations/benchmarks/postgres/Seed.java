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

package io.github.associations.benchmarks.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/**
 * Seeds the template database: the schema from the migration the starter generated for
 * the benchmark models, then the rows every trial starts from.
 */
public final class Seed {

	private final int users;

	/**
	 * Create a seed.
	 * @param users the number of users; every fifth one has no profile
	 */
	public Seed(int users) {
		this.users = users;
	}

	/**
	 * Create and fill the template database on a server.
	 * @param port the server's port
	 */
	public void createTemplate(int port) {
		BenchmarkDatabase template = BenchmarkDatabase.template(port);
		template.administer("CREATE DATABASE \"" + BenchmarkDatabase.TEMPLATE + "\"");
		Flyway.configure()
			.dataSource(template.url(), "postgres", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();
		try (Connection connection = template.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO \"users\" (\"username\", \"email\") SELECT 'user-' || g, 'user-' || g"
					+ " || '@example.com' FROM generate_series(1, " + this.users + ") AS g");
			statement.execute("INSERT INTO \"profiles\" (\"bio\", \"user_id\") SELECT 'bio of user-' || \"id\","
					+ " \"id\" FROM \"users\" WHERE \"id\" % 5 <> 0 ORDER BY \"id\"");
			statement.execute("VACUUM (FREEZE, ANALYZE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not seed the template database: " + ex.getMessage(), ex);
		}
	}

}
