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

package io.github.associations.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A fresh database of the test JVM's embedded PostgreSQL server, created from an empty
 * template and dropped on {@link #close()}. {@link AutoConfigureEmbeddedPostgres} gives
 * one to each application context as its {@link JdbcConnectionDetails}; tests that build
 * their own contexts, such as with an {@code ApplicationContextRunner}, create one
 * directly:
 *
 * <pre class="code">
 * try (TestDatabase database = TestDatabase.create()) {
 *     contextRunner.withPropertyValues("spring.datasource.url=" + database.getJdbcUrl(),
 *             "spring.datasource.username=" + database.getUsername()).run(...);
 * }
 * </pre>
 *
 * A database {@linkplain #createWithReadReplica() with a read replica} is also readable
 * on a streaming hot standby, at {@link #getReadReplicaJdbcUrl()}.
 */
public final class TestDatabase implements JdbcConnectionDetails, DisposableBean, AutoCloseable {

	private final SharedPostgresServer server;

	private final String name;

	TestDatabase(SharedPostgresServer server, String name) {
		this.server = server;
		this.name = name;
	}

	/**
	 * Create a fresh database, starting the JVM's embedded PostgreSQL server on first
	 * use.
	 * @return the database
	 */
	public static TestDatabase create() {
		return SharedPostgresServer.get().createDatabase();
	}

	/**
	 * Create a fresh database on the JVM's embedded PostgreSQL server that has a
	 * streaming hot standby, starting both on first use. The standby applies every commit
	 * before the commit returns, so that a read on the standby sees what was committed
	 * before it.
	 * @return the database
	 */
	public static TestDatabase createWithReadReplica() {
		return SharedPostgresServer.withReadReplica().createDatabase();
	}

	/**
	 * Return the name of the database.
	 * @return the database name
	 */
	public String getName() {
		return this.name;
	}

	@Override
	public String getUsername() {
		return this.server.username();
	}

	@Override
	public @Nullable String getPassword() {
		return null;
	}

	@Override
	public String getJdbcUrl() {
		return this.server.jdbcUrl(this.name);
	}

	/**
	 * Return the JDBC URL of this database on the standby, if it was
	 * {@linkplain #createWithReadReplica() created with a read replica}. The standby
	 * accepts only reads.
	 * @return the URL, or {@code null} when the database has no read replica
	 */
	public @Nullable String getReadReplicaJdbcUrl() {
		return this.server.replicaJdbcUrl(this.name);
	}

	/**
	 * Pause the standby's replay of the primary's changes until the returned pause is
	 * closed, so that a test sees what a replica that lags behind returns. The replay
	 * pauses for every database of the server. Meanwhile, a commit on the primary waits
	 * for the standby unless its transaction runs with
	 * {@code SET LOCAL synchronous_commit = local}; a {@code statement_timeout} in that
	 * transaction cancels a wait rather than let it hang. After the pause, the next
	 * synchronous commit returns once the standby has caught up.
	 * @return the pause, which resumes the replay when closed
	 * @throws IllegalStateException if the database has no read replica
	 */
	public ReplayPause pauseReadReplica() {
		String url = getReadReplicaJdbcUrl();
		if (url == null) {
			throw new IllegalStateException(this + " has no read replica");
		}
		try {
			Connection standby = DriverManager.getConnection(url, getUsername(), null);
			try (Statement statement = standby.createStatement()) {
				statement.execute("SELECT pg_wal_replay_pause()");
			}
			return () -> {
				try (standby; Statement statement = standby.createStatement()) {
					statement.execute("SELECT pg_wal_replay_resume()");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Could not resume the replay of " + url, ex);
				}
			};
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not pause the replay of " + url, ex);
		}
	}

	/**
	 * Drop the database, closing its remaining connections.
	 */
	@Override
	public void close() {
		this.server.dropDatabase(this.name);
	}

	@Override
	public void destroy() {
		close();
	}

	@Override
	public String toString() {
		return "TestDatabase '" + this.name + "' at " + getJdbcUrl();
	}

	/**
	 * A pause of a read replica's replay, which {@link #close()} ends.
	 */
	@FunctionalInterface
	public interface ReplayPause extends AutoCloseable {

		/**
		 * Resume the replay.
		 */
		@Override
		void close();

	}

}
