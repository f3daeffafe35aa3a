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
import io.github.associations.schema.SchemaNames;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;
import io.github.associations.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated migrations, applied by Flyway to an empty database, give exactly the
 * derived schema, as the PostgreSQL catalog reports it.
 */
class MigrationCatalogIntegrationTests {

	private final TestDatabase database = TestDatabase.create();

	private final Catalog catalog = new Catalog(this.database);

	@TempDir
	Path migrations;

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void theCatalogHoldsExactlyTheDerivedSchema() {
		Schema schema = Domain.schema(Domain.all());
		MigrationWriter.write(List.of(this.migrations), MigrationPlanner.plan(schema, LocationContents.empty(), false));
		assertThat(this.catalog.migrate(this.migrations).migrationsExecuted).isOne();
		for (Table table : schema.tables()) {
			TableName name = table.name();
			assertThat(this.catalog.columns(name)).as("columns of %s", name)
				.containsExactlyElementsOf(Catalog.expectedColumns(table));
			assertThat(this.catalog.constraints(name)).as("constraints of %s", name)
				.isEqualTo(Catalog.expectedConstraints(table));
			assertThat(this.catalog.indexes(name)).as("indexes of %s", name).isEqualTo(Catalog.expectedIndexes(table));
			assertThat(this.catalog.triggers(name)).as("triggers of %s", name)
				.isEqualTo(table.timestamps() ? List.of(SchemaNames.updatedAtTrigger(name)) : List.of());
		}
	}

	@Test
	void theDatabaseEnforcesTheForeignKeysAsDeclared() {
		Schema schema = Domain.schema(Domain.all());
		MigrationWriter.write(List.of(this.migrations), MigrationPlanner.plan(schema, LocationContents.empty(), false));
		this.catalog.migrate(this.migrations);
		var jdbc = this.catalog.jdbc();
		long user = jdbc.sql("INSERT INTO users (username) VALUES ('alice') RETURNING id").query(Long.class).single();
		jdbc.sql("INSERT INTO profiles (bio, user_id) VALUES ('hi', ?)").param(user).update();
		jdbc.sql("INSERT INTO passports (number, holder_id) VALUES ('X1', ?)").param(user).update();
		jdbc.sql("DELETE FROM users WHERE id = ?").param(user).update();
		assertThat(jdbc.sql("SELECT user_id FROM profiles").query(Long.class).optional()).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM profiles").query(Long.class).single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM passports").query(Long.class).single()).isZero();
	}

	@Test
	void theTriggerKeepsUpdatedAtCurrent() {
		Schema schema = Domain.schema(Domain.all());
		MigrationWriter.write(List.of(this.migrations), MigrationPlanner.plan(schema, LocationContents.empty(), false));
		this.catalog.migrate(this.migrations);
		var jdbc = this.catalog.jdbc();
		jdbc.sql("INSERT INTO users (username, created_at, updated_at) VALUES ('bob', '2000-01-01', '2000-01-01')")
			.update();
		jdbc.sql("UPDATE users SET email = 'bob@example.com'").update();
		assertThat(jdbc.sql("SELECT updated_at > created_at FROM users").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("SELECT created_at = '2000-01-01'::timestamptz FROM users").query(Boolean.class).single())
			.isTrue();
	}

}
