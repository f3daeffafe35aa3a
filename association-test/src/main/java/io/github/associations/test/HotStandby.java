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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A streaming hot standby of an embedded PostgreSQL server, made from a
 * {@link BaseBackup} of it through a physical replication slot. Once it streams, it is
 * the primary's synchronous standby: a primary started with
 * {@code synchronous_commit = remote_apply} then waits at each commit until the standby
 * has applied it, so that a read on the standby after a commit sees it, without polling.
 */
final class HotStandby implements AutoCloseable {

	static final String NAME = "association_test_standby";

	private static final Log logger = LogFactory.getLog(HotStandby.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private HotStandby(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Make a standby of a running server, start it and wait until it is the primary's
	 * synchronous standby.
	 * @param primary the running server
	 * @param serverConfig the settings the primary was started with, which a hot standby
	 * needs at least as high
	 * @return the running standby
	 * @throws IOException if the standby could not be made or started
	 */
	static HotStandby start(EmbeddedPostgres primary, Map<String, String> serverConfig) throws IOException {
		long start = System.nanoTime();
		Path dataDirectory = Files.createTempDirectory("association-test-standby");
		try {
			try (Connection connection = primary.getPostgresDatabase().getConnection()) {
				query(connection, "SELECT pg_create_physical_replication_slot('" + NAME + "', true)::text");
				BaseBackup.copy(connection, dataDirectory);
			}
			Files.createFile(dataDirectory.resolve("standby.signal"));
			Files.writeString(dataDirectory.resolve("postgresql.auto.conf"),
					"primary_conninfo = 'host=localhost port=" + primary.getPort() + " user=postgres application_name="
							+ NAME + "'\nprimary_slot_name = '" + NAME + "'\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(STARTUP_TIMEOUT);
			serverConfig.forEach(builder::setServerConfig);
			HotStandby standby = new HotStandby(builder.start(), dataDirectory);
			Runtime.getRuntime().addShutdownHook(new Thread(standby::close, "association-test-standby-closer"));
			try (Connection connection = primary.getPostgresDatabase().getConnection()) {
				makeSynchronous(connection);
			}
			logger.info("Started a streaming hot standby on port " + standby.getPort() + " in "
					+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
			return standby;
		}
		catch (SQLException ex) {
			FileSystemUtils.deleteRecursively(dataDirectory);
			throw new IOException("Could not make a standby of the embedded PostgreSQL server", ex);
		}
	}

	/**
	 * Wait until the standby streams, then make it the synchronous standby, and wait
	 * until the primary reports it so.
	 */
	private static void makeSynchronous(Connection connection) throws SQLException, IOException {
		awaitReplicationState(connection, "state", "streaming");
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER SYSTEM SET synchronous_standby_names = '" + NAME + "'");
			statement.execute("SELECT pg_reload_conf()");
		}
		awaitReplicationState(connection, "sync_state", "sync");
	}

	/**
	 * Wait, for at most the startup timeout, until the primary reports the standby's
	 * replication in the given state.
	 */
	private static void awaitReplicationState(Connection connection, String column, String state)
			throws SQLException, IOException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		String sql = "SELECT " + column + " FROM pg_stat_replication WHERE application_name = ?";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, NAME);
			while (true) {
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && state.equals(result.getString(1))) {
						return;
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IOException("The standby did not reach " + column + " '" + state + "' within "
							+ STARTUP_TIMEOUT.toSeconds() + " s");
				}
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
			}
		}
	}

	int getPort() {
		return this.postgres.getPort();
	}

	/**
	 * Stop the standby and delete its data.
	 */
	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			logger.debug("Could not stop the standby", ex);
		}
		try {
			FileSystemUtils.deleteRecursively(this.dataDirectory);
		}
		catch (IOException ex) {
			logger.debug("Could not delete the standby's data directory " + this.dataDirectory, ex);
		}
	}

	private static void query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
		}
	}

}
