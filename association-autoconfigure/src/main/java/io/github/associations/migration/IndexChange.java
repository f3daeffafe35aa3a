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

import io.github.associations.schema.Index;
import io.github.associations.schema.TableName;

/**
 * A change of an index, or of the trigger that maintains {@code updated_at}.
 */
sealed interface IndexChange extends Change {

	/**
	 * Create an index.
	 *
	 * @param table the table
	 * @param index the index
	 */
	record CreateIndex(TableName table, Index index) implements IndexChange {

		@Override
		public Phase phase() {
			return Phase.CREATE_INDEXES;
		}

		@Override
		public String description() {
			return "create index " + this.index.name();
		}

	}

	/**
	 * Drop an index.
	 *
	 * @param table the table
	 * @param name the index name
	 */
	record DropIndex(TableName table, String name) implements IndexChange {

		@Override
		public Phase phase() {
			return Phase.DROP_CONSTRAINTS;
		}

		@Override
		public String description() {
			return "drop index " + this.name;
		}

	}

	/**
	 * Rename an index whose table or columns were renamed.
	 *
	 * @param table the table
	 * @param from the previous name
	 * @param to the new name
	 */
	record RenameIndex(TableName table, String from, String to) implements IndexChange {

		@Override
		public Phase phase() {
			return Phase.RENAME_CONSTRAINTS;
		}

		@Override
		public String description() {
			return "rename index " + this.from + " to " + this.to;
		}

	}

	/**
	 * Create the trigger that keeps a table's {@code updated_at} current.
	 *
	 * @param table the table
	 */
	record CreateUpdatedAtTrigger(TableName table) implements IndexChange {

		@Override
		public Phase phase() {
			return Phase.CREATE_TRIGGERS;
		}

		@Override
		public String description() {
			return "keep " + this.table + ".updated_at current";
		}

	}

	/**
	 * Drop the trigger that keeps a table's {@code updated_at} current.
	 *
	 * @param table the table
	 * @param name the trigger name
	 */
	record DropUpdatedAtTrigger(TableName table, String name) implements IndexChange {

		@Override
		public Phase phase() {
			return Phase.DROP_CONSTRAINTS;
		}

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return "stop keeping " + this.table + ".updated_at current";
		}

	}

	/**
	 * Rename the {@code updated_at} trigger of a renamed table.
	 *
	 * @param table the table
	 * @param from the previous name
	 * @param to the new name
	 */
	record RenameTrigger(TableName table, String from, String to) implements IndexChange {

		@Override
		public Phase phase() {
			return Phase.RENAME_CONSTRAINTS;
		}

		@Override
		public String description() {
			return "rename trigger " + this.from + " to " + this.to;
		}

	}

}
