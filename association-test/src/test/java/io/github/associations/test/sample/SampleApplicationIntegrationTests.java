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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How to test an application on real PostgreSQL: annotate the {@code @SpringBootTest}
 * with {@code @AutoConfigureEmbeddedPostgres}. Flyway migrates the context's fresh
 * database, and repositories work against it.
 */
@SpringBootTest
@AutoConfigureEmbeddedPostgres
class SampleApplicationIntegrationTests {

	@Autowired
	private NoteRepository notes;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void repositoriesWriteRowsIntoTheMigratedDatabase() {
		Note saved = this.notes.save(new Note(null, "it's PostgreSQL"));
		assertThat(saved.id()).isNotNull();
		assertThat(this.jdbc.sql("SELECT text FROM notes WHERE id = ?").param(saved.id()).query(String.class).single())
			.isEqualTo("it's PostgreSQL");
	}

	@Test
	void flywayAppliedTheApplicationsMigrations() {
		assertThat(this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success").query(String.class).list())
			.containsExactly("1");
	}

	@Test
	void theDatabaseIsPostgreSql() {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL ");
	}

}
