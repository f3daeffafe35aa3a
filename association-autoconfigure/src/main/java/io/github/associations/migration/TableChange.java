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

import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;

/**
 * A change of a table as a whole, or of the schema it lives in.
 */
sealed interface TableChange extends Change {

	/**
	 * Create a schema that a new table lives in.
	 *
	 * @param schema the schema name
	 */
	record CreateSchema(String schema) implements TableChange {

		@Override
		public Phase phase() {
			return Phase.CREATE_SCHEMAS;
		}

		@Override
		public String description() {
			return "create schema " + this.schema;
		}

	}

	/**
	 * Create a table with its columns and primary key.
	 *
	 * @param table the table
	 */
	record CreateTable(Table table) implements TableChange {

		@Override
		public Phase phase() {
			return Phase.CREATE_TABLES;
		}

		@Override
		public String description() {
			return "create table " + this.table.name();
		}

	}

	/**
	 * Drop a table.
	 *
	 * @param table the table
	 */
	record DropTable(TableName table) implements TableChange {

		@Override
		public Phase phase() {
			return Phase.DROP_TABLES;
		}

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return "drop table " + this.table;
		}

	}

	/**
	 * Rename a table, as {@code renamedFrom} declares.
	 *
	 * @param from the previous name
	 * @param to the new name
	 */
	record RenameTable(TableName from, TableName to) implements TableChange {

		@Override
		public Phase phase() {
			return Phase.RENAME_TABLES;
		}

		@Override
		public String description() {
			return "rename table " + this.from + " to " + this.to.name();
		}

	}

}
