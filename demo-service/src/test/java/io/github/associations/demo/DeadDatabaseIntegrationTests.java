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

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import io.github.associations.embedded.EmbeddedPostgresServer;
import io.github.associations.embedded.EmbeddedPostgresSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo on a server of its own that dies while the demo runs: readiness turns DOWN, so
 * that a load balancer stops sending requests, while liveness stays UP, so that the
 * service is not restarted in a loop for a fault that is not its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=2000")
class DeadDatabaseIntegrationTests {

	private static final EmbeddedPostgresServer server = EmbeddedPostgresServer
		.start(new EmbeddedPostgresSettings(null, 0, Duration.ofSeconds(60)));

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> server.jdbcUrl("postgres"));
		properties.add("spring.datasource.username", server::username);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void readinessTurnsDownWhenTheDatabaseDiesAndLivenessStaysUp() {
		RestClient client = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		assertThat(client.get().uri("/actuator/health/readiness").retrieve().toEntity(String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			ResponseEntity<String> readiness = client.get()
				.uri("/actuator/health/readiness")
				.retrieve()
				.toEntity(String.class);
			assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(JsonPath.<String>read(readiness.getBody(), "$.components.db.status")).isEqualTo("DOWN");
		});
		ResponseEntity<String> liveness = client.get()
			.uri("/actuator/health/liveness")
			.retrieve()
			.toEntity(String.class);
		assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
