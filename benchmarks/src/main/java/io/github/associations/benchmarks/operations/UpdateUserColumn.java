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
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import io.github.associations.benchmarks.systems.Systems;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Change the name of a user that has a profile; the profile must stay untouched. A system
 * that writes the whole aggregate deletes and inserts the profile again, which the
 * statement counts and the profile rows deleted during the trial show.
 */
public class UpdateUserColumn extends OneToOneBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.JDBC_TEMPLATE, Systems.ASSOCIATIONS, Systems.DATA_JDBC_EMBEDDED,
			Systems.DATA_JDBC_REFERENCE, Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] users = new long[0];

	private long lastSeededProfile;

	private int next;

	private long updates;

	private long lastUser;

	private @Nullable String lastName;

	@Benchmark
	public String updateUserColumn() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.users = rows.linkedUsers();
		this.lastSeededProfile = Arrays.stream(rows.profilesOfLinkedUsers()).max().orElse(0);
		system().hold(this.users, new long[0]);
	}

	@Override
	protected String operate() {
		long user = this.users[this.next];
		this.next = (this.next + 1) % this.users.length;
		this.updates++;
		String name = "user-" + user + "-" + this.updates;
		system().updateUsername(user, name);
		this.lastUser = user;
		this.lastName = name;
		return name;
	}

	@Override
	protected void verify(Connection connection, List<String> notes) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT \"username\" FROM \"users\" WHERE \"id\" = ?")) {
			select.setLong(1, this.lastUser);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				if (!result.getString(1).equals(this.lastName)) {
					throw new IllegalStateException("User " + this.lastUser + " is named '" + result.getString(1)
							+ "' instead of '" + this.lastName + "'");
				}
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT" + " (SELECT count(*) FROM \"users\" WHERE \"username\" <> 'user-' || \"id\""
							+ " AND \"username\" NOT LIKE 'user-' || \"id\" || '-%'),"
							+ " (SELECT count(*) FROM \"profiles\" WHERE \"user_id\" IS NULL"
							+ " OR \"bio\" <> 'bio of user-' || \"user_id\"),"
							+ " (SELECT count(*) FROM \"profiles\" WHERE \"id\" > " + this.lastSeededProfile + ")")) {
			result.next();
			expect("users named after another user", 0, result.getLong(1));
			expect("profiles whose user or bio changed", 0, result.getLong(2));
			long renumbered = result.getLong(3);
			notes.add(this.updates + " updates; the last user's name checked; every profile still with its user and bio"
					+ ((renumbered > 0) ? "; " + renumbered + " profiles now have a new id" : ", under its id"));
		}
	}

}
