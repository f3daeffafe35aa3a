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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.github.associations.benchmarks.counting.Counts;
import io.github.associations.benchmarks.postgres.BenchmarkDatabase;
import io.github.associations.benchmarks.systems.BenchmarkedSystem;
import io.github.associations.benchmarks.systems.Systems;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One operation of one system, timed by JMH on a database cloned from the seeded
 * template. Before the timed iterations, the operation runs a few times unmeasured and
 * then a number of times with its statements and round trips counted; after each
 * iteration the rows are put back so that the tables keep their size; after the trial the
 * rows are checked: the one-to-one invariant, the table sizes, and what the operation
 * must have done.
 *
 * @param <S> the kind of system the operation runs on
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class OperationBenchmark<S extends BenchmarkedSystem> {

	private static final int UNCOUNTED_OPERATIONS = 5;

	private @Nullable BenchmarkDatabase database;

	private @Nullable S system;

	private @Nullable SeededRows rows;

	private @Nullable Counts counts;

	/**
	 * Return the name of the system the trial runs, the value of the benchmark's
	 * {@code system} parameter.
	 * @return the system's name
	 */
	protected abstract String systemName();

	/**
	 * Start a system on the trial's database.
	 * @param name the system's name
	 * @param database the database
	 * @return the running system
	 */
	protected abstract S startSystem(String name, BenchmarkDatabase database);

	/**
	 * Return the number of users loaded, the value of the benchmark's {@code n}
	 * parameter.
	 * @return the number, or {@code null} for benchmarks without one
	 */
	protected @Nullable String size() {
		return null;
	}

	/**
	 * Prepare the trial's operations: choose their rows, let the system hold entities.
	 * @param rows the seeded rows
	 */
	protected abstract void prepare(SeededRows rows);

	/**
	 * Run the operation once.
	 * @return what the operation returned
	 */
	protected abstract Object operate();

	/**
	 * Check the rows the operations changed since the last call, and put them back as
	 * seeded.
	 * @param connection a connection outside the system's pool
	 * @throws SQLException if a statement fails
	 */
	protected void restore(Connection connection) throws SQLException {
	}

	/**
	 * Check what the operations did, with the system still running.
	 * @param connection a connection outside the system's pool
	 * @param notes where to add what the checks observed
	 * @throws SQLException if a statement fails
	 */
	protected abstract void verify(Connection connection, List<String> notes) throws SQLException;

	/**
	 * Return how many operations to count.
	 * @return the number of operations
	 */
	protected int countedOperations() {
		return 20;
	}

	protected final S system() {
		return Objects.requireNonNull(this.system, "The trial has not started");
	}

	@Setup(Level.Trial)
	public void startTrial() throws SQLException {
		if (!systemsOf(getClass()).contains(Systems.base(systemName()))) {
			throw new IllegalStateException(getClass().getSimpleName() + " does not apply to " + systemName());
		}
		BenchmarkDatabase database = BenchmarkDatabase.cloneTemplate();
		this.database = database;
		this.system = startSystem(systemName(), database);
		try (Connection connection = database.connect()) {
			this.rows = SeededRows.read(connection);
		}
		prepare(this.rows);
		for (int i = 0; i < UNCOUNTED_OPERATIONS; i++) {
			operate();
		}
		this.counts = system().dataSource().count(countedOperations(), this::operate);
		restoreRows();
	}

	/**
	 * Return the systems a benchmark applies to: the values its {@code system} parameter
	 * declares. A system left out cannot express the operation.
	 * @param benchmark the benchmark's class
	 * @return the names of the systems
	 */
	public static List<String> systemsOf(Class<?> benchmark) {
		try {
			return List.of(benchmark.getField("system").getAnnotation(Param.class).value());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(benchmark.getSimpleName() + " has no system parameter", ex);
		}
	}

	@TearDown(Level.Iteration)
	public void restoreRows() throws SQLException {
		try (Connection connection = Objects.requireNonNull(this.database).connect()) {
			restore(connection);
		}
	}

	@TearDown(Level.Trial)
	public void endTrial(BenchmarkParams params) throws SQLException {
		BenchmarkDatabase database = Objects.requireNonNull(this.database);
		List<String> notes = new ArrayList<>();
		String failure = null;
		try {
			restoreRows();
			try (Connection connection = database.connect()) {
				verify(connection, notes);
			}
			S system = system();
			this.system = null;
			system.close();
			try (Connection connection = database.connect()) {
				checkInvariants(connection, notes);
			}
		}
		catch (SQLException | RuntimeException ex) {
			failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		finally {
			if (this.system != null) {
				this.system.close();
			}
			database.close();
		}
		String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
		new TrialRecord(benchmark, systemName(), size(), Objects.requireNonNull(this.counts), failure, notes).write();
		if (failure != null) {
			throw new IllegalStateException(failure);
		}
	}

	/**
	 * Check what holds after every trial: the table sizes of the seed, at most one
	 * profile per user, as many posts with a user as seeded, and the seeded tags and
	 * links.
	 */
	private void checkInvariants(Connection connection, List<String> notes) throws SQLException {
		SeededRows rows = Objects.requireNonNull(this.rows);
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT (SELECT count(*) FROM \"users\"),"
						+ " (SELECT count(*) FROM \"profiles\"), (SELECT count(\"user_id\") FROM \"profiles\"),"
						+ " (SELECT count(*) FROM (SELECT \"user_id\" FROM \"profiles\" WHERE \"user_id\" IS NOT NULL"
						+ " GROUP BY \"user_id\" HAVING count(*) > 1) AS \"shared\"),"
						+ " (SELECT n_tup_ins || ' inserted, ' || n_tup_upd || ' updated, ' || n_tup_del || ' deleted'"
						+ " FROM pg_stat_user_tables WHERE relname = 'profiles'),"
						+ " (SELECT count(*) FROM \"posts\"), (SELECT count(\"author_id\") FROM \"posts\"),"
						+ " (SELECT n_tup_ins || ' inserted, ' || n_tup_upd || ' updated, ' || n_tup_del || ' deleted'"
						+ " FROM pg_stat_user_tables WHERE relname = 'posts'),"
						+ " (SELECT count(*) FROM \"tags\"), (SELECT count(*) FROM \"post_tags\"),"
						+ " (SELECT n_tup_ins || ' inserted, ' || n_tup_upd || ' updated, ' || n_tup_del || ' deleted'"
						+ " FROM pg_stat_user_tables WHERE relname = 'post_tags')")) {
			result.next();
			expect("users", rows.users().length, result.getLong(1));
			expect("profiles", rows.linkedUsers().length, result.getLong(2));
			expect("linked profiles", rows.linkedUsers().length, result.getLong(3));
			expect("users with several profiles", 0, result.getLong(4));
			notes.add("one-to-one invariant held; " + rows.users().length + " users and " + rows.linkedUsers().length
					+ " linked profiles after the trial");
			notes.add("profile rows during the trial: " + result.getString(5));
			expect("posts", rows.posts().count(), result.getLong(6));
			expect("posts with a user", rows.posts().linked(), result.getLong(7));
			notes.add(rows.posts().count() + " posts, " + rows.posts().linked()
					+ " with a user, after the trial; post rows during the trial: " + result.getString(8));
			expect("tags", rows.tags().tags().length, result.getLong(9));
			expect("links of posts and tags", rows.tags().links(), result.getLong(10));
			notes.add(rows.tags().tags().length + " tags and " + rows.tags().links()
					+ " links of posts and tags after the trial; link rows during the trial: " + result.getString(11));
		}
	}

	/**
	 * Fail the trial when a number is not the expected one.
	 * @param what what was counted
	 * @param expected the expected number
	 * @param actual the actual number
	 */
	static void expect(String what, long expected, long actual) {
		if (expected != actual) {
			throw new IllegalStateException(what + ": expected " + expected + " but found " + actual);
		}
	}

}
