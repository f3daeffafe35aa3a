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
import java.util.Random;
import java.util.function.Consumer;

import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads linking and unlinking a few sources and targets at once: the one-to-one
 * invariants hold at the end, and the only failures are the documented, retryable
 * {@link org.springframework.dao.ConcurrencyFailureException}s.
 */
class ConcurrencyIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final int THREADS = 8;

	private static final int OPERATIONS_PER_THREAD = 200;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private BelongsToRepository<Profile, User> owners;

	@Autowired
	@As("passport")
	private HasOneRepository<User, Passport> passports;

	private final RandomCalls calls = new RandomCalls();

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
				(random) -> this.profiles.set(RandomCalls.pick(users, random), RandomCalls.pick(profiles, random)),
				(random) -> this.profiles.set(RandomCalls.pick(users, random), null),
				(random) -> this.profiles.create(RandomCalls.pick(users, random), new Profile(null, "created")),
				(random) -> this.owners.set(RandomCalls.pick(profiles, random), RandomCalls.pick(users, random)),
				(random) -> this.owners.set(RandomCalls.pick(profiles, random), null),
				(random) -> this.passports.set(RandomCalls.pick(users, random), new Passport(null, "P", null)),
				(random) -> this.passports.set(RandomCalls.pick(users, random), null));
		this.calls.run(THREADS, OPERATIONS_PER_THREAD, kinds);
		System.out.println("Concurrency: " + this.calls);
		assertThat(this.calls.operations()).isEqualTo(THREADS * OPERATIONS_PER_THREAD);
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
		assertThat(this.calls.retries()).isLessThan(THREADS * OPERATIONS_PER_THREAD * 2 / 5);
	}

}
