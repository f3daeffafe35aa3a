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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.repository.RepositoryTestApplication.Member;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Team;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Links that cross between threads: rows are locked in one order, so that two {@code set}
 * calls never deadlock each other, and a hasOne without a unique constraint still keeps
 * at most one target per source.
 */
class LockOrderIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final int CROSSING_CALLS = 1000;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private BelongsToRepository<Profile, User> users;

	@Autowired
	@As("member")
	private HasOneRepository<Team, Member> members;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JdbcConnectionDetails connectionDetails;

	private final Map<String, AtomicInteger> conflicts = new ConcurrentHashMap<>();

	private final List<String> unnamed = new CopyOnWriteArrayList<>();

	@Test
	void hasOneSetsThatCrossNeverDeadlock() throws Exception {
		User first = this.aggregates.insert(new User(null, "first"));
		User second = this.aggregates.insert(new User(null, "second"));
		Profile one = this.profiles.create(first, new Profile(null, "one"));
		Profile two = this.profiles.create(second, new Profile(null, "two"));
		runTogether(CROSSING_CALLS / 2, (i) -> this.profiles.set(first, (i % 2 == 0) ? two : one),
				(i) -> this.profiles.set(second, (i % 2 == 0) ? one : two));
		assertThat(this.conflicts).doesNotContainKey("deadlock");
		assertThat(this.unnamed).isEmpty();
		assertOneProfilePerUser();
	}

	@Test
	void belongsToSetsThatCrossNeverDeadlock() throws Exception {
		User first = this.aggregates.insert(new User(null, "first"));
		User second = this.aggregates.insert(new User(null, "second"));
		Profile one = this.profiles.create(first, new Profile(null, "one"));
		Profile two = this.profiles.create(second, new Profile(null, "two"));
		runTogether(CROSSING_CALLS / 2, (i) -> this.users.set(one, (i % 2 == 0) ? second : first),
				(i) -> this.users.set(two, (i % 2 == 0) ? first : second));
		assertThat(this.conflicts).doesNotContainKey("deadlock");
		assertThat(this.unnamed).isEmpty();
		assertOneProfilePerUser();
	}

	@Test
	void eightThreadsRelinkingTheProfilesOfOneUserNeverDeadlock() throws Exception {
		User user = this.aggregates.insert(new User(null, "shared"));
		List<Profile> profiles = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			profiles.add(this.aggregates.insert(new Profile(null, "profile" + i)));
		}
		List<Call> threads = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			int offset = thread;
			threads.add((i) -> this.profiles.set(user, profiles.get((i + offset) % profiles.size())));
		}
		runTogether(50, threads.toArray(Call[]::new));
		assertThat(this.conflicts).doesNotContainKey("deadlock");
		assertThat(this.unnamed).isEmpty();
		assertOneProfilePerUser();
	}

	@Test
	void aHasOneWithoutAUniqueConstraintKeepsAtMostOneTargetUnderConcurrency() throws Exception {
		Team team = this.aggregates.insert(new Team(null, "team"));
		List<Member> candidates = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			candidates.add(this.aggregates.insert(new Member(null, "member" + i)));
		}
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong mostSeen = new AtomicLong();
		ExecutorService watcher = Executors.newSingleThreadExecutor();
		Future<?> watching = watcher.submit(() -> {
			while (running.get()) {
				long linked = this.jdbc.sql("SELECT count(*) FROM members WHERE team_id = ?")
					.param(team.id())
					.query(Long.class)
					.single();
				mostSeen.accumulateAndGet(linked, Math::max);
			}
		});
		List<Call> threads = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			int offset = thread;
			threads.add((i) -> this.members.set(team, candidates.get((i + offset) % candidates.size())));
		}
		try {
			runTogether(50, threads.toArray(Call[]::new));
		}
		finally {
			running.set(false);
			watching.get(1, TimeUnit.MINUTES);
			watcher.shutdown();
		}
		assertThat(mostSeen).hasValueLessThanOrEqualTo(1);
		assertThat(this.unnamed).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM members WHERE team_id = ?")
			.param(team.id())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aDeadlockThatReachesTheCallerNamesTheAssociationAndTheRows() throws Exception {
		User alice = this.aggregates.insert(new User(null, "alice"));
		Profile one = this.aggregates.insert(new Profile(null, "one"));
		Profile two = this.aggregates.insert(new Profile(null, "two"));
		CountDownLatch oneLocked = new CountDownLatch(1);
		CountDownLatch twoLocked = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		Future<?> linking = executor
			.submit(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
				this.jdbc.sql("UPDATE profiles SET bio = 'mine' WHERE id = ?").param(one.id()).update();
				oneLocked.countDown();
				awaitLatch(twoLocked);
				this.profiles.set(alice, two);
			}));
		try (Connection other = connect()) {
			other.setAutoCommit(false);
			awaitLatch(oneLocked);
			other.createStatement().execute("UPDATE profiles SET bio = 'theirs' WHERE id = " + two.id());
			twoLocked.countDown();
			await().atMost(Duration.ofSeconds(30)).until(this::waitingForLocks, (waiting) -> waiting == 1);
			other.createStatement().execute("UPDATE profiles SET bio = 'theirs' WHERE id = " + one.id());
			other.rollback();
		}
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> linking.get(1, TimeUnit.MINUTES))
			.havingCause()
			.isInstanceOf(PessimisticLockingFailureException.class)
			.withMessage("User.profile: a deadlock with another transaction on User " + alice.id() + " and Profile "
					+ two.id() + "; retry the transaction");
		executor.shutdown();
		assertThat(this.jdbc.sql("SELECT count(*) FROM profiles WHERE user_id IS NOT NULL").query(Long.class).single())
			.isZero();
	}

	private long waitingForLocks() {
		return this.jdbc
			.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
					+ "AND datname = current_database()")
			.query(Long.class)
			.single();
	}

	private void assertOneProfilePerUser() {
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM (SELECT user_id FROM profiles WHERE user_id IS NOT NULL "
					+ "GROUP BY user_id HAVING count(*) > 1) AS shared")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Run calls on threads of their own, each as many times, counting the conflicts that
	 * reach the callers by kind; a conflict must name the association.
	 */
	private void runTogether(int times, Call... calls) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(calls.length);
		List<Future<?>> threads = new ArrayList<>();
		for (Call call : calls) {
			threads.add(executor.submit(() -> {
				for (int i = 0; i < times; i++) {
					try {
						call.run(i);
					}
					catch (ConcurrencyFailureException ex) {
						this.conflicts.computeIfAbsent(kind(ex), (kind) -> new AtomicInteger()).incrementAndGet();
						if (!String.valueOf(ex.getMessage())
							.matches("(User\\.profile|Profile\\.user|Team\\.member): .+")) {
							this.unnamed.add(ex.getMessage());
						}
					}
				}
			}));
		}
		for (Future<?> thread : threads) {
			thread.get(5, TimeUnit.MINUTES);
		}
		executor.shutdown();
		System.out.printf("%d calls on %d threads, conflicts by kind: %s%n", times * calls.length, calls.length,
				this.conflicts);
	}

	private static String kind(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
				return "deadlock";
			}
			if (cause instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return ex.getClass().getSimpleName();
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.connectionDetails.getJdbcUrl(), this.connectionDetails.getUsername(),
				this.connectionDetails.getPassword());
	}

	@FunctionalInterface
	private interface Call {

		void run(int iteration);

	}

}
