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

import java.util.ArrayList;
import java.util.List;

import io.github.associations.schema.Table;

/**
 * The schema as the generated migrations leave it, with the files generated so far. Kept
 * beside the migrations and committed, so that the next migration holds only what changed
 * since.
 *
 * @param format the version of the snapshot format
 * @param tables the tables after the last generated migration
 * @param migrations the generated files, oldest first
 */
record Snapshot(int format, List<Table> tables, List<GeneratedMigration> migrations) {

	/**
	 * The current version of the snapshot format.
	 */
	static final int FORMAT = 1;

	/**
	 * The name of the snapshot file in a migration location.
	 */
	static final String FILE_NAME = "associations-snapshot.json";

	Snapshot {
		tables = List.copyOf(tables);
		migrations = List.copyOf(migrations);
	}

	/**
	 * Return the snapshot before any migration was generated.
	 * @return the empty snapshot
	 */
	static Snapshot empty() {
		return new Snapshot(FORMAT, List.of(), List.of());
	}

	/**
	 * Return the snapshot after another generated migration.
	 * @param tables the tables the migration leaves
	 * @param migration the migration
	 * @return the next snapshot
	 */
	Snapshot next(List<Table> tables, GeneratedMigration migration) {
		List<GeneratedMigration> migrations = new ArrayList<>(this.migrations);
		migrations.add(migration);
		return new Snapshot(FORMAT, tables, migrations);
	}

}
