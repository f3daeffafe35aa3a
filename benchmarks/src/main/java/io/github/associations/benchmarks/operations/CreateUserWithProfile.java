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

package io.github.associations.benchmarks.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Create a user and its profile, linked, in one transaction. The new rows are checked and
 * deleted after each iteration.
 */
public class CreateUserWithProfile extends OneToOneBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.JDBC_TEMPLATE, Systems.ASSOCIATIONS, Systems.DATA_JDBC_EMBEDDED,
			Systems.DATA_JDBC_REFERENCE, Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long lastSeededUser;

	private long created;

	private long createdSinceRestore;

	private long checked;

	@Benchmark
	public long createUserWithProfile() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.lastSeededUser = rows.lastUserId();
	}

	@Override
	protected Long operate() {
		this.created++;
		this.createdSinceRestore++;
		String name = "new-" + this.created;
		return system().createUserWithProfile(name, name + "@example.com", "bio of " + name);
	}

	@Override
	protected void restore(Connection connection) throws SQLException {
		try (PreparedStatement check = connection
			.prepareStatement("SELECT count(*), count(*) FILTER (WHERE \"p\".\"id\""
					+ " IS NULL OR \"p\".\"bio\" <> 'bio of ' || \"u\".\"username\") FROM \"users\" \"u\" LEFT JOIN"
					+ " \"profiles\" \"p\" ON \"p\".\"user_id\" = \"u\".\"id\" WHERE \"u\".\"id\" > ?")) {
			check.setLong(1, this.lastSeededUser);
			try (ResultSet result = check.executeQuery()) {
				result.next();
				expect("created users", this.createdSinceRestore, result.getLong(1));
				expect("created users without their profile", 0, result.getLong(2));
			}
		}
		this.checked += this.createdSinceRestore;
		this.createdSinceRestore = 0;
		for (String delete : List.of("DELETE FROM \"profiles\" WHERE \"user_id\" > ?",
				"DELETE FROM \"users\" WHERE \"id\" > ?")) {
			try (PreparedStatement statement = connection.prepareStatement(delete)) {
				statement.setLong(1, this.lastSeededUser);
				statement.executeUpdate();
			}
		}
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		notes.add(this.checked + " created users checked: each has one profile, with its bio");
	}

}
