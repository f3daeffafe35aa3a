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
 * {@link BaseBackup} of it through a physical replication slot. It is the primary's
 * synchronous standby: a primary started with {@code synchronous_commit = remote_apply}
 * waits at each commit until the standby has applied it, so that a read on the standby
 * after a commit sees it, without polling.
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
	 * synchronous standby. The primary names it in its {@code synchronous_standby_names}
	 * from its start: nothing waits for it before it streams, as no transaction writes
	 * before then.
	 * @param primary the running server
	 * @param serverConfig the settings the primary was started with, which a hot standby
	 * needs at least as high
	 * @param user the superuser that the standby connects to the primary as
	 * @return the running standby
	 * @throws IOException if the standby could not be made or started; nothing of it is
	 * left then
	 */
	static HotStandby start(EmbeddedPostgres primary, Map<String, String> serverConfig, String user)
			throws IOException {
		long start = System.nanoTime();
		Path dataDirectory = Files.createTempDirectory("association-test-standby");
		EmbeddedPostgres standby = null;
		try {
			try (Connection connection = primary.getPostgresDatabase().getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT pg_create_physical_replication_slot('" + NAME + "', true)");
				}
				BaseBackup.copy(connection, dataDirectory);
			}
			Files.createFile(dataDirectory.resolve("standby.signal"));
			Files.writeString(dataDirectory.resolve("postgresql.auto.conf"),
					"primary_conninfo = 'host=localhost port=" + primary.getPort() + " user=" + user
							+ " application_name=" + NAME + "'\nprimary_slot_name = '" + NAME + "'\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(STARTUP_TIMEOUT);
			serverConfig.forEach(builder::setServerConfig);
			standby = builder.start();
			try (Connection connection = primary.getPostgresDatabase().getConnection()) {
				awaitSynchronous(connection);
			}
			logger.info("Started a streaming hot standby on port " + standby.getPort() + " in "
					+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
			return new HotStandby(standby, dataDirectory);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			if (standby != null) {
				stop(standby);
			}
			deleteQuietly(dataDirectory);
			throw new IOException("Could not make a standby of the embedded PostgreSQL server", ex);
		}
	}

	/**
	 * Wait, for at most the startup timeout, until the primary reports the standby as its
	 * synchronous standby, streaming.
	 */
	private static void awaitSynchronous(Connection connection) throws SQLException, IOException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		String sql = "SELECT state || ' ' || sync_state FROM pg_stat_replication WHERE application_name = ?";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, NAME);
			while (true) {
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && "streaming sync".equals(result.getString(1))) {
						return;
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IOException("The standby was not streaming as the synchronous standby within "
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
		stop(this.postgres);
		deleteQuietly(this.dataDirectory);
	}

	private static void stop(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			logger.debug("Could not stop the standby", ex);
		}
	}

	private static void deleteQuietly(Path dataDirectory) {
		try {
			FileSystemUtils.deleteRecursively(dataDirectory);
		}
		catch (IOException ex) {
			logger.debug("Could not delete the standby's data directory " + dataDirectory, ex);
		}
	}

}
