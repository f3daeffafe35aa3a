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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The embedded server's life on a real machine: what it keeps after crashes, that it does
 * not outlive the JVM that started it, and what it says when it starts and dies.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresServerIntegrationTests {

	private static final int ACKNOWLEDGED_ROWS = 2000;

	@Test
	void aKeptDataDirectoryIsDurableAndATemporaryOneIsFast(@TempDir Path dataDirectory) throws SQLException {
		try (EmbeddedPostgresServer kept = start(dataDirectory)) {
			assertThat(setting(kept, "fsync")).isEqualTo("on");
			assertThat(setting(kept, "synchronous_commit")).isEqualTo("on");
		}
		try (EmbeddedPostgresServer temporary = start(null)) {
			assertThat(setting(temporary, "fsync")).isEqualTo("off");
			assertThat(setting(temporary, "synchronous_commit")).isEqualTo("off");
		}
	}

	@Test
	void everyAcknowledgedCommitSurvivesAKillOfEveryServerProcess(@TempDir Path dataDirectory) throws Exception {
		try (EmbeddedPostgresServer server = start(dataDirectory)) {
			try (Connection connection = connect(server)) {
				connection.createStatement().execute("CREATE TABLE acknowledged (n int)");
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO acknowledged VALUES (?)")) {
					for (int i = 1; i <= ACKNOWLEDGED_ROWS; i++) {
						insert.setInt(1, i);
						insert.executeUpdate();
					}
				}
				killEveryProcessOf(server);
			}
		}
		try (EmbeddedPostgresServer restarted = start(dataDirectory);
				Connection connection = connect(restarted);
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT count(*), coalesce(max(n), 0) FROM acknowledged")) {
			rows.next();
			assertThat(rows.getInt(1)).as("rows acknowledged before the crash").isEqualTo(ACKNOWLEDGED_ROWS);
			assertThat(rows.getInt(2)).isEqualTo(ACKNOWLEDGED_ROWS);
		}
	}

	@Test
	void aServerCrashIsLoggedAsAnError(CapturedOutput output) {
		try (EmbeddedPostgresServer server = start(null)) {
			long pid = server.pid();
			ProcessHandle.of(pid).orElseThrow().destroyForcibly();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(output).contains("ERROR")
					.contains("The embedded PostgreSQL server (pid " + pid
							+ ", temporary data directory, deleted at shutdown) stopped unexpectedly"));
		}
	}

	@Test
	void startingLogsOneLineAndAWarningButNotTheOutputOfInitdb(CapturedOutput output) {
		try (EmbeddedPostgresServer server = start(null)) {
			assertThat(output).contains("Embedded PostgreSQL 1")
				.contains(" started at " + server.jdbcUrl("postgres") + ", temporary data directory, deleted at "
						+ "shutdown; server log ")
				.contains("The embedded PostgreSQL server is meant for development")
				.doesNotContain("The files belonging to this database system")
				.doesNotContain("Success. You can now start the database server");
		}
	}

	@Test
	void aServerLeftRunningOnTheDataDirectoryStopsTheStartAtOnceNamingItsPid(@TempDir Path dataDirectory) {
		try (EmbeddedPostgresServer running = start(dataDirectory)) {
			assertThatExceptionOfType(EmbeddedPostgresStartException.class).isThrownBy(() -> start(dataDirectory))
				.withMessage("A PostgreSQL server (pid " + running.pid() + ") is still running on the data directory "
						+ dataDirectory + ", left by a process that did not stop it")
				.satisfies((ex) -> assertThat(ex.getRunningServerPid()).isEqualTo(running.pid()));
		}
	}

	@Test
	void theServerDoesNotOutliveAJvmKilledWithoutWarning(@TempDir Path dataDirectory) throws Exception {
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ServerInAnotherJvm.class.getName(), dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		long pid;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = lines.readLine();
			}
			while (line != null && !line.startsWith(ServerInAnotherJvm.READY));
			assertThat(line).as("the other JVM's server started").isNotNull();
			pid = Long.parseLong(line.substring(ServerInAnotherJvm.READY.length()));
			jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> ProcessHandle.of(pid).isEmpty() || !ProcessHandle.of(pid).orElseThrow().isAlive());
		}
		try (EmbeddedPostgresServer next = start(dataDirectory); Connection connection = connect(next)) {
			assertThat(next.pid()).isNotEqualTo(pid);
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	private static EmbeddedPostgresServer start(Path dataDirectory) {
		return EmbeddedPostgresServer.start(new EmbeddedPostgresSettings(dataDirectory, 0, Duration.ofSeconds(60)));
	}

	private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), null);
	}

	/**
	 * Kill the server and all its processes at once, as a crash would, before any of them
	 * can write what it holds in memory.
	 */
	private static void killEveryProcessOf(EmbeddedPostgresServer server) {
		ProcessHandle postmaster = ProcessHandle.of(server.pid()).orElseThrow();
		List<ProcessHandle> children = postmaster.children().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !postmaster.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive));
	}

}
