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

package io.github.associations.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.associations.model.ModelDefinition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DDL of a whole model, compared with a reviewed golden file.
 */
class PostgresDdlTests {

	@Test
	void theFirstMigrationOfTheDomainIsTheGoldenFile() throws IOException {
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.all()), LocationContents.empty(), false);
		assertThat(plan.status()).isEqualTo(MigrationPlan.Status.PENDING);
		assertThat(plan.fileName()).isEqualTo("V1__create_chickens_eggs_employees_and_5_more.sql");
		assertThat(plan.content()).isEqualTo(golden("migration/V1__domain.sql"));
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		MigrationPlan first = MigrationPlanner.plan(Domain.schema(Domain.all()), LocationContents.empty(), false);
		List<ModelDefinition<?>> reversed = new ArrayList<>(Domain.all());
		Collections.reverse(reversed);
		MigrationPlan second = MigrationPlanner.plan(Domain.schema(reversed), LocationContents.empty(), false);
		assertThat(second.content()).isEqualTo(first.content());
		assertThat(second.snapshot()).isEqualTo(first.snapshot());
		assertThat(first.content()).endsWith(";\n").doesNotContain("\r");
	}

	static String golden(String name) throws IOException {
		try (InputStream input = PostgresDdlTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(input).as(name).isNotNull();
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
