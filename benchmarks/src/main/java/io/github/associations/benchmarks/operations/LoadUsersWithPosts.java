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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.benchmarks.systems.OneToManySystem;
import io.github.associations.benchmarks.systems.Systems;
import io.github.associations.benchmarks.systems.OwnerView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Load 100 users chosen at random among those with 5 posts, each with its posts. Raw JDBC
 * runs in every shape of SQL that can load them, to measure which is fastest.
 */
public class LoadUsersWithPosts extends OneToManyBenchmark {

	private static final int USERS = 100;

	private static final int BATCHES = 256;

	private static final int CHECKED_BATCHES = 8;

	private static final long SHUFFLE_SEED = 20261130L;

	@Param({ Systems.RAW_JDBC, Systems.RAW_JDBC_JOIN, Systems.RAW_JDBC_JSON, Systems.RAW_JDBC_ARRAYS,
			Systems.ASSOCIATIONS, Systems.DATA_JDBC_COLLECTION, Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[][] batches = new long[0][];

	private final Map<Long, List<Long>> postsByUser = new HashMap<>();

	private int next;

	@Benchmark
	public List<?> loadUsersWithPosts() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected int countedOperations() {
		return 10;
	}

	@Override
	protected void prepare(SeededRows rows) {
		SeededPosts posts = rows.posts();
		this.batches = SeededRows.randomBatches(posts.readers(), USERS, BATCHES, SHUFFLE_SEED);
		for (int i = 0; i < posts.readers().length; i++) {
			this.postsByUser.put(posts.readers()[i], Arrays.stream(posts.postsOfReaders()[i]).boxed().toList());
		}
	}

	@Override
	protected List<?> operate() {
		long[] users = this.batches[this.next];
		this.next = (this.next + 1) % BATCHES;
		return system().loadUsersWithPosts(users);
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		OneToManySystem system = system();
		for (int batch = 0; batch < CHECKED_BATCHES; batch++) {
			Map<Long, List<Long>> loaded = new HashMap<>();
			for (Object user : system.loadUsersWithPosts(this.batches[batch])) {
				OwnerView view = system.view(user);
				if (loaded.put(view.ownerId(), view.targetIds().stream().sorted().toList()) != null) {
					throw new IllegalStateException("User " + view.ownerId() + " was loaded twice");
				}
			}
			for (long user : this.batches[batch]) {
				if (!this.postsByUser.get(user).equals(loaded.get(user))) {
					throw new IllegalStateException("User " + user + " was loaded with posts " + loaded.get(user)
							+ " instead of " + this.postsByUser.get(user));
				}
			}
			if (loaded.size() != USERS) {
				throw new IllegalStateException("Loading " + USERS + " users gave " + loaded.size());
			}
		}
		notes
			.add(CHECKED_BATCHES + " loads of " + USERS + " users checked: every user once, each with its own 5 posts");
	}

}
