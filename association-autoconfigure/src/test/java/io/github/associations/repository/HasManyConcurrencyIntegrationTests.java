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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads adding, removing, setting and creating the posts of a few users at once:
 * every post ends with at most one user, the repository reads what the table holds, no
 * two calls deadlock, and the only failures are the documented, retryable
 * {@link ConcurrencyFailureException}s.
 */
class HasManyConcurrencyIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final int THREADS = 8;

	private static final int OPERATIONS_PER_THREAD = 200;

	private static final int MAX_ATTEMPTS = 20;

	@Autowired
	private HasManyRepository<User, Post> posts;

	private final Map<String, AtomicInteger> conflicts = new ConcurrentHashMap<>();

	private final AtomicInteger operations = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	@Test
	void randomCallsFromManyThreadsKeepTheTableAndTheRepositoryInAgreementWithoutDeadlocks() throws Exception {
		List<User> users = new ArrayList<>();
		List<Post> all = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			users.add(this.aggregates.insert(new User(null, "user" + i)));
		}
		for (int i = 0; i < 12; i++) {
			all.add(this.aggregates.insert(new Post(null, null, "post" + i, null)));
		}
		List<Consumer<Random>> kinds = List.of((random) -> this.posts.add(pick(users, random), some(all, random, 3)),
				(random) -> this.posts.remove(pick(users, random), some(all, random, 3)),
				(random) -> this.posts.set(pick(users, random), some(all, random, 5)),
				(random) -> this.posts.set(pick(users, random), List.of()),
				(random) -> this.posts.create(pick(users, random), new Post(null, null, "created", null)));
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> threads = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			Random random = new Random(thread);
			threads.add(executor.submit(() -> {
				for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
					run(pick(kinds, random), random);
				}
			}));
		}
		for (Future<?> thread : threads) {
			thread.get(2, TimeUnit.MINUTES);
		}
		executor.shutdown();
		System.out.printf("hasMany concurrency: %d operations, %d retries, conflicts by kind %s%n",
				this.operations.get(), this.retries.get(), this.conflicts);
		assertThat(this.operations).hasValue(THREADS * OPERATIONS_PER_THREAD);
		assertThat(this.conflicts).doesNotContainKey("deadlock");
		for (User user : users) {
			List<Long> inTable = this.jdbc.sql("SELECT id FROM posts WHERE author_id = ? ORDER BY id")
				.param(user.id())
				.query(Long.class)
				.list();
			assertThat(this.posts.get(user)).extracting(Post::id).containsExactlyElementsOf(inTable);
		}
		long linked = this.jdbc.sql("SELECT count(*) FROM posts WHERE author_id IS NOT NULL")
			.query(Long.class)
			.single();
		long perUser = users.stream().mapToLong((user) -> this.posts.count(user)).sum();
		assertThat(perUser).isEqualTo(linked);
	}

	private void run(Consumer<Random> operation, Random random) {
		for (int attempt = 1;; attempt++) {
			try {
				operation.accept(random);
				this.operations.incrementAndGet();
				return;
			}
			catch (ConcurrencyFailureException ex) {
				this.conflicts.computeIfAbsent(kind(ex), (kind) -> new AtomicInteger()).incrementAndGet();
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
				this.retries.incrementAndGet();
			}
		}
	}

	private static String kind(ConcurrencyFailureException ex) {
		if (ex instanceof CannotAcquireLockException) {
			return "lock timeout";
		}
		if (ex instanceof PessimisticLockingFailureException) {
			return "deadlock";
		}
		return ex.getClass().getSimpleName();
	}

	private static List<Post> some(List<Post> posts, Random random, int most) {
		List<Post> some = new ArrayList<>();
		int count = random.nextInt(most + 1);
		for (int i = 0; i < count; i++) {
			some.add(pick(posts, random));
		}
		return some;
	}

	private static <E> E pick(List<E> elements, Random random) {
		return elements.get(random.nextInt(elements.size()));
	}

}
