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

import java.nio.file.Path;
import java.util.List;

import io.github.associations.schema.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans migrations into a directory and applies them with Flyway, as the write mode does.
 */
final class MigrationRuns {

	private final Path directory;

	private final Catalog catalog;

	MigrationRuns(Path directory, Catalog catalog) {
		this.directory = directory;
		this.catalog = catalog;
	}

	/**
	 * Plan, write and apply the migration of a schema, which must be pending.
	 */
	MigrationPlan generate(Schema schema, boolean allowDestructive) {
		MigrationPlan plan = plan(schema, allowDestructive);
		assertThat(plan.status()).as(plan.changes().toString()).isEqualTo(MigrationPlan.Status.PENDING);
		MigrationWriter.write(List.of(this.directory), plan);
		assertThat(this.catalog.migrate(this.directory).success).isTrue();
		return plan;
	}

	MigrationPlan plan(Schema schema, boolean allowDestructive) {
		return MigrationPlanner.plan(schema, MigrationFiles
			.read(MigrationLocation.parse("filesystem:" + this.directory), getClass().getClassLoader()),
				allowDestructive);
	}

}
