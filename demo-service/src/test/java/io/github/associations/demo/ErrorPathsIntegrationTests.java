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

import io.github.associations.demo.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error paths outside the controllers answer problem details too.
 */
@ApiIntegrationTest
class ErrorPathsIntegrationTests {

	private static final String PROBLEM = "application/problem+json";

	@LocalServerPort
	private int port;

	private Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	@Test
	void theErrorPathRequestedDirectlyIsNotFound() {
		Response error = this.api.get("/error");
		assertThat(error.status()).isEqualTo(404);
		assertThat(error.contentType()).startsWith(PROBLEM);
		assertThat(error.<Integer>json("$.status")).isEqualTo(404);
	}

	@Test
	void anUnknownPathIsAProblem() {
		Response unknown = this.api.get("/nothing/here");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith(PROBLEM);
		assertThat(unknown.<String>json("$.instance")).isEqualTo("/nothing/here");
	}

	@Test
	void traceIsAMethodNotAllowedProblem() {
		Response trace = this.api.send("TRACE", "/users", "*/*");
		assertThat(trace.status()).isEqualTo(405);
		assertThat(trace.contentType()).startsWith(PROBLEM);
		assertThat(trace.<Integer>json("$.status")).isEqualTo(405);
	}

	@Test
	void aMediaTypeTheApiDoesNotSpeakIsANotAcceptableProblem() {
		Response csv = this.api.send("GET", "/users", "text/csv");
		assertThat(csv.status()).isEqualTo(406);
		assertThat(csv.contentType()).startsWith(PROBLEM);
		assertThat(csv.<String>json("$.detail")).contains("application/json");
	}

}
