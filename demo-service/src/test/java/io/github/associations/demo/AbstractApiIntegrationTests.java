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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the tests of the running demo's API: they share one context, and its tables
 * are emptied before each test.
 */
@ApiIntegrationTest
abstract class AbstractApiIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected DemoTables tables;

	@Autowired
	protected StatementCounting.Statements statements;

	protected Api api;

	@BeforeEach
	void emptyTheDatabase() {
		this.api = new Api(this.port);
		this.tables.empty();
	}

	/**
	 * Assert that a response is a problem with a status and a detail.
	 */
	protected static void assertProblem(Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.<String>json("$.detail")).isEqualTo(detail);
	}

}
