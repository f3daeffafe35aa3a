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

package io.github.associations.slice;

import io.github.associations.repository.Associations;
import io.github.associations.schema.Schema;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} with the test support has the schema of the application's models,
 * migrated, but no repositories, as it has no Spring Data repositories.
 */
@JdbcTest(properties = { SliceTestApplication.MIGRATIONS, SliceTestApplication.LOCATION })
@AutoConfigureEmbeddedPostgres
class JdbcSliceIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSchemaIsMigratedAndNoRepositoriesAreConfigured() {
		assertThat(this.context.getBean(Schema.class).tables()).extracting((table) -> table.name().name())
			.containsExactly("authors", "biographies");
		assertThat(this.jdbc
			.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history' "
					+ "ORDER BY tablename")
			.query(String.class)
			.list()).containsExactly("authors", "biographies");
		assertThat(this.context.getBeanNamesForType(Associations.class)).isEmpty();
	}

}
