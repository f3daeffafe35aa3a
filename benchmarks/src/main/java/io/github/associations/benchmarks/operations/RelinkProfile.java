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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Move a profile from its user to a user without one, and back on the next visit: the
 * tables keep their size and every user keeps at most one profile. Spring Data JDBC with
 * the profile inside the user's aggregate cannot move a profile, and is not run.
 */
public class RelinkProfile extends OneToOneBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.JDBC_TEMPLATE, Systems.ASSOCIATIONS, Systems.DATA_JDBC_REFERENCE,
			Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] fromUsers = new long[0];

	private long[] toUsers = new long[0];

	private long[] profiles = new long[0];

	private boolean[] moved = new boolean[0];

	private int next;

	private long relinked;

	@Benchmark
	public long relinkProfile() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		int pairs = Math.min(rows.linkedUsers().length, rows.unlinkedUsers().length);
		this.fromUsers = Arrays.copyOf(rows.linkedUsers(), pairs);
		this.profiles = Arrays.copyOf(rows.profilesOfLinkedUsers(), pairs);
		this.toUsers = Arrays.copyOf(rows.unlinkedUsers(), pairs);
		this.moved = new boolean[pairs];
		system().hold(LongStream.concat(Arrays.stream(this.fromUsers), Arrays.stream(this.toUsers)).toArray(),
				this.profiles);
	}

	@Override
	protected Long operate() {
		int pair = this.next;
		this.next = (this.next + 1) % this.profiles.length;
		long user = this.moved[pair] ? this.fromUsers[pair] : this.toUsers[pair];
		system().relinkProfile(this.profiles[pair], user);
		this.moved[pair] = !this.moved[pair];
		this.relinked++;
		return this.profiles[pair];
	}

	@Override
	protected void verify(Connection connection, List<String> notes) throws SQLException {
		Map<Long, Long> owners = new HashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT \"id\", \"user_id\" FROM \"profiles\" WHERE \"id\" = ANY(?)")) {
			select.setObject(1, this.profiles);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					owners.put(rows.getLong(1), rows.getObject(2, Long.class));
				}
			}
		}
		long wrong = 0;
		for (int pair = 0; pair < this.profiles.length; pair++) {
			long expected = this.moved[pair] ? this.toUsers[pair] : this.fromUsers[pair];
			if (!Long.valueOf(expected).equals(owners.get(this.profiles[pair]))) {
				wrong++;
			}
		}
		expect("profiles not linked with the user they were moved to", 0, wrong);
		notes.add(this.relinked + " relinks; all " + this.profiles.length
				+ " profiles checked: each linked with the user it was last moved to");
	}

}
