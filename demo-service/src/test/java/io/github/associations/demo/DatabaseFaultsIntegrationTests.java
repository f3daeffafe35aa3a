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

package io.github.associations.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.associations.demo.Api.Response;
import io.github.associations.devserver.EmbeddedPostgresServer;
import io.github.associations.devserver.EmbeddedPostgresSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo on a PostgreSQL server of its own, with the demo's pool and driver settings,
 * while the server holds a lock, stalls, and dies: every request is answered with a
 * problem within the client's 15 seconds, readiness turns DOWN when the database is gone,
 * and liveness stays UP, so that the service is not restarted in a loop for a fault that
 * is not its own. The last test kills the server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultsIntegrationTests {

	private static final String PROBLEM = "application/problem+json";

	private static final EmbeddedPostgresServer server = EmbeddedPostgresServer
		.start(new EmbeddedPostgresSettings(null, 0, Duration.ofSeconds(60)));

	@LocalServerPort
	private int port;

	private Api api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> server.jdbcUrl("postgres"));
		properties.add("spring.datasource.username", server::username);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	@Test
	@Order(1)
	void aRowLockedByAnotherTransactionIsARetryableConflict() throws SQLException {
		long id = this.api.post("/users", "{\"username\":\"locked\"}").id();
		try (Connection other = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), null)) {
			other.setAutoCommit(false);
			other.createStatement().execute("SELECT * FROM users WHERE id = " + id + " FOR UPDATE");
			Response response = this.api.put("/users/" + id + "/profile", "{\"bio\":\"waiting\"}");
			assertThat(response.status()).isEqualTo(409);
			assertThat(response.contentType()).startsWith(PROBLEM);
			assertThat(response.<Boolean>json("$.retryable")).isTrue();
			other.rollback();
		}
		assertThat(this.api.put("/users/" + id + "/profile", "{\"bio\":\"free\"}").status()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aStalledServerIsARetryableUnavailableProblem() throws Exception {
		long id = this.api.post("/users", "{\"username\":\"stalled\"}").id();
		List<Long> processes = serverProcesses();
		signal("STOP", processes);
		Response response;
		long started = System.nanoTime();
		try {
			response = this.api.get("/users/" + id);
		}
		finally {
			signal("CONT", processes);
		}
		System.out.println("A stalled server was answered with " + response.status() + " after "
				+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.contentType()).startsWith(PROBLEM);
		assertThat(response.<Boolean>json("$.retryable")).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.get("/users/" + id).status() == 200);
	}

	@Test
	@Order(3)
	void aDeadServerTurnsReadinessDownAndRequestsIntoUnavailableProblems() {
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);
		ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Response readiness = this.api.get("/actuator/health/readiness");
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.<String>json("$.components.db.status")).isEqualTo("DOWN");
		});
		assertThat(this.api.get("/actuator/health/liveness").status()).isEqualTo(200);
		Response users = this.api.get("/users");
		assertThat(users.status()).isEqualTo(503);
		assertThat(users.contentType()).startsWith(PROBLEM);
		assertThat(users.<Boolean>json("$.retryable")).isTrue();
	}

	private static List<Long> serverProcesses() {
		ProcessHandle postmaster = ProcessHandle.of(server.pid()).orElseThrow();
		List<Long> processes = new ArrayList<>();
		processes.add(postmaster.pid());
		postmaster.descendants().forEach((process) -> processes.add(process.pid()));
		return processes;
	}

	private static void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		processes.forEach((pid) -> command.add(Long.toString(pid)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

}
