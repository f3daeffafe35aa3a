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

package io.github.associations.repository;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base of the tests of the repositories on the {@link RepositoryTestApplication}'s
 * models: they share one context and database, whose rows are deleted before each test.
 */
@RepositoryIntegrationTest
abstract class AbstractRepositoryIntegrationTests {

	@Autowired
	protected JdbcAggregateOperations aggregates;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private RelationalCallbacks callbacks;

	protected Rows rows;

	@BeforeEach
	void deleteAllRows() {
		this.rows = new Rows(this.jdbc);
		this.rows.clear();
		this.callbacks.clear();
	}

}
