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

import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads linking and unlinking a few sources and targets at once: the one-to-one
 * invariants hold at the end, and the only failures are the documented, retryable
 * {@link ConcurrencyFailureException}s.
 */
class ConcurrencyIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final int THREADS = 8;

	private static final int OPERATIONS_PER_THREAD = 200;

	private static final int MAX_ATTEMPTS = 20;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private BelongsToRepository<Profile, User> owners;

	@Autowired
	@As("passport")
	private HasOneRepository<User, Passport> passports;

	private final Map<String, AtomicInteger> conflicts = new ConcurrentHashMap<>();

	private final AtomicInteger operations = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	@Test
	void randomLinksFromManyThreadsKeepEveryOneToOneInvariant() throws Exception {
		List<User> users = new ArrayList<>();
		List<Profile> profiles = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			users.add(this.aggregates.insert(new User(null, "user" + i)));
		}
		for (int i = 0; i < 6; i++) {
			profiles.add(this.aggregates.insert(new Profile(null, "profile" + i)));
		}
		List<Consumer<Random>> kinds = List.of(
				(random) -> this.profiles.set(pick(users, random), pick(profiles, random)),
				(random) -> this.profiles.set(pick(users, random), null),
				(random) -> this.profiles.create(pick(users, random), new Profile(null, "created")),
				(random) -> this.owners.set(pick(profiles, random), pick(users, random)),
				(random) -> this.owners.set(pick(profiles, random), null),
				(random) -> this.passports.set(pick(users, random), new Passport(null, "P", null)),
				(random) -> this.passports.set(pick(users, random), null));
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
		System.out.printf("Concurrency: %d operations, %d retries, conflicts by kind %s%n", this.operations.get(),
				this.retries.get(), this.conflicts);
		assertThat(this.operations).hasValue(THREADS * OPERATIONS_PER_THREAD);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM (SELECT user_id FROM profiles WHERE user_id IS NOT NULL "
					+ "GROUP BY user_id HAVING count(*) > 1) AS shared")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM (SELECT holder_id FROM passports "
					+ "GROUP BY holder_id HAVING count(*) > 1) AS shared")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM passports WHERE holder_id IS NULL").query(Long.class).single())
			.isZero();
		assertThat(this.retries.get()).isLessThan(THREADS * OPERATIONS_PER_THREAD * 2 / 5);
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
		if (ex.getCause() instanceof DuplicateKeyException) {
			return "unique violation";
		}
		if (ex instanceof CannotAcquireLockException) {
			return "lock timeout";
		}
		if (ex instanceof PessimisticLockingFailureException) {
			return "deadlock";
		}
		return ex.getClass().getSimpleName();
	}

	private static <E> E pick(List<E> elements, Random random) {
		return elements.get(random.nextInt(elements.size()));
	}

}
