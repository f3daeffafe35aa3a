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

package io.github.associations.test.sample;

import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How to test a slice on real PostgreSQL: {@code @DataJdbcTest} keeps the embedded
 * database instead of replacing it with an in-memory one, and rolls back each test.
 */
@DataJdbcTest
@AutoConfigureEmbeddedPostgres
class SampleRepositoryIntegrationTests {

	@Autowired
	private NoteRepository notes;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSliceRunsOnPostgreSql() {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL ");
	}

	@Test
	void findsWhatItSaved() {
		Note saved = this.notes.save(new Note(null, "sliced"));
		assertThat(this.notes.findById(saved.id())).contains(saved);
	}

}
