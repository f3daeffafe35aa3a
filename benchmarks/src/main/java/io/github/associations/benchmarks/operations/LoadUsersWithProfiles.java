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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.Systems;
import io.github.associations.benchmarks.systems.UserView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Load {@code n} users chosen at random, each with its profile or none.
 */
public class LoadUsersWithProfiles extends OneToOneBenchmark {

	private static final int BATCHES = 256;

	private static final int CHECKED_BATCHES = 8;

	@Param({ Systems.RAW_JDBC, Systems.JDBC_TEMPLATE, Systems.ASSOCIATIONS, Systems.DATA_JDBC_EMBEDDED,
			Systems.DATA_JDBC_REFERENCE, Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	@Param({ "1", "10", "100", "1000" })
	public int n;

	private long[][] batches = new long[0][];

	private final Map<Long, Long> profilesByUser = new HashMap<>();

	private int next;

	@Benchmark
	public List<?> loadUsersWithProfiles() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected String size() {
		return Integer.toString(this.n);
	}

	@Override
	protected int countedOperations() {
		return (this.n >= 1000) ? 3 : 10;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.batches = SeededRows.randomBatches(rows.users(), this.n, BATCHES, this.n);
		for (int i = 0; i < rows.linkedUsers().length; i++) {
			this.profilesByUser.put(rows.linkedUsers()[i], rows.profilesOfLinkedUsers()[i]);
		}
	}

	@Override
	protected List<?> operate() {
		long[] users = this.batches[this.next];
		this.next = (this.next + 1) % BATCHES;
		return system().loadUsersWithProfiles(users);
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		OneToOneSystem system = system();
		for (int batch = 0; batch < CHECKED_BATCHES; batch++) {
			long[] users = this.batches[batch];
			Map<Long, Long> expected = new HashMap<>();
			for (long user : users) {
				expected.put(user, this.profilesByUser.getOrDefault(user, 0L));
			}
			Map<Long, Long> actual = new HashMap<>();
			for (Object loaded : system.loadUsersWithProfiles(users)) {
				UserView view = system.view(loaded);
				Long profile = view.profileId();
				if (actual.put(view.userId(), (profile != null) ? profile : 0L) != null) {
					throw new IllegalStateException("User " + view.userId() + " was loaded twice");
				}
			}
			if (!expected.equals(actual)) {
				throw new IllegalStateException(
						"Loading " + this.n + " users gave " + actual.size() + " users or wrong profiles");
			}
		}
		notes.add(CHECKED_BATCHES + " loads of " + this.n
				+ " users checked: every user once, each with its own profile or none");
	}

}
