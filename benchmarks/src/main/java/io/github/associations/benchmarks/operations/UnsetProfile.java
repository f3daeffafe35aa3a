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
 * Unlink a user's profile, keeping the profile. After each iteration the unlinked
 * profiles are checked and linked again. Spring Data JDBC with the profile inside the
 * user's aggregate cannot keep a profile without its user, and is not run.
 */
public class UnsetProfile extends OneToOneBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.JDBC_TEMPLATE, Systems.ASSOCIATIONS, Systems.DATA_JDBC_REFERENCE,
			Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] users = new long[0];

	private long[] profiles = new long[0];

	private int next;

	private int unsetSinceRestore;

	private long checked;

	private boolean wrapped;

	@Benchmark
	public long unsetProfile() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.users = rows.linkedUsers();
		this.profiles = rows.profilesOfLinkedUsers();
		system().hold(this.users, new long[0]);
	}

	@Override
	protected Long operate() {
		int index = this.next;
		this.next = (this.next + 1) % this.users.length;
		if (this.unsetSinceRestore == this.users.length) {
			this.wrapped = true;
		}
		else {
			this.unsetSinceRestore++;
		}
		system().unsetProfile(this.users[index]);
		return this.users[index];
	}

	@Override
	protected void restore(Connection connection) throws SQLException {
		int count = this.unsetSinceRestore;
		if (count == 0) {
			return;
		}
		long[] users = new long[count];
		long[] profiles = new long[count];
		for (int i = 0; i < count; i++) {
			int index = Math.floorMod(this.next - count + i, this.users.length);
			users[i] = this.users[index];
			profiles[i] = this.profiles[index];
		}
		expect("profiles still linked after their users were unset", 0,
				count(connection, "SELECT count(*) FROM \"profiles\" WHERE \"user_id\" = ANY(?)", users));
		expect("unlinked profiles that still exist", count,
				count(connection, "SELECT count(*) FROM \"profiles\" WHERE \"id\" = ANY(?)", profiles));
		try (PreparedStatement relink = connection.prepareStatement("UPDATE \"profiles\" SET \"user_id\" = \"v\".\"u\""
				+ " FROM unnest(?::bigint[], ?::bigint[]) AS \"v\"(\"p\", \"u\") WHERE \"profiles\".\"id\" = \"v\".\"p\"")) {
			relink.setObject(1, profiles);
			relink.setObject(2, users);
			relink.executeUpdate();
		}
		this.checked += count;
		this.unsetSinceRestore = 0;
	}

	private static long count(Connection connection, String sql, long[] ids) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setObject(1, ids);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		notes.add(this.checked + " unset users checked: the profile unlinked and kept");
		if (this.wrapped) {
			notes.add("an iteration unset every linked user; later unsets in it found nothing to unlink");
		}
	}

}
