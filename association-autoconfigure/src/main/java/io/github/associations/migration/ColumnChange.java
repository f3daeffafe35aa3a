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

import io.github.associations.schema.Column;
import io.github.associations.schema.TableName;
import org.jspecify.annotations.Nullable;

/**
 * A change of a column of an existing table.
 */
sealed interface ColumnChange extends Change {

	/**
	 * Add a column to an existing table.
	 *
	 * @param table the table
	 * @param column the column
	 */
	record AddColumn(TableName table, Column column) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.ALTER_COLUMNS;
		}

		@Override
		public boolean destructive() {
			return !this.column.nullable() && this.column.defaultValue() == null && !this.column.identity();
		}

		@Override
		public String description() {
			return destructive()
					? "add NOT NULL column " + this.table + "." + this.column.name()
							+ " without a default, which fails while " + this.table + " has rows"
					: "add column " + this.table + "." + this.column.name();
		}

	}

	/**
	 * Drop a column.
	 *
	 * @param table the table
	 * @param column the column name
	 */
	record DropColumn(TableName table, String column) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.DROP_COLUMNS;
		}

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return "drop column " + this.table + "." + this.column;
		}

	}

	/**
	 * Rename a column, as {@code renamedFrom} declares.
	 *
	 * @param table the table
	 * @param from the previous name
	 * @param to the new name
	 */
	record RenameColumn(TableName table, String from, String to) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.RENAME_COLUMNS;
		}

		@Override
		public String description() {
			return "rename column " + this.table + "." + this.from + " to " + this.to;
		}

	}

	/**
	 * Change the type of a column.
	 *
	 * @param table the table
	 * @param column the column name
	 * @param from the previous type
	 * @param to the new type
	 */
	record AlterColumnType(TableName table, String column, String from, String to) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.ALTER_COLUMNS;
		}

		@Override
		public boolean destructive() {
			return !ColumnTypeChanges.isWidening(this.from, this.to);
		}

		@Override
		public String description() {
			return "change the type of " + this.table + "." + this.column + " from " + this.from + " to " + this.to;
		}

	}

	/**
	 * Make a column reject or accept {@code NULL}.
	 *
	 * @param table the table
	 * @param column the column name
	 * @param nullable whether the column accepts {@code NULL} afterwards
	 */
	record AlterColumnNullability(TableName table, String column, boolean nullable) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.ALTER_NULLABILITY;
		}

		@Override
		public boolean destructive() {
			return !this.nullable;
		}

		@Override
		public String description() {
			return (this.nullable ? "drop NOT NULL on " : "set NOT NULL on ") + this.table + "." + this.column;
		}

	}

	/**
	 * Set or drop the default of a column.
	 *
	 * @param table the table
	 * @param column the column name
	 * @param expression the new default, or {@code null} to drop it
	 */
	record AlterColumnDefault(TableName table, String column, @Nullable String expression) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.ALTER_COLUMNS;
		}

		@Override
		public String description() {
			return ((this.expression != null) ? "set the default of " : "drop the default of ") + this.table + "."
					+ this.column;
		}

	}

	/**
	 * Make a column an identity, or no longer one.
	 *
	 * @param table the table
	 * @param column the column name
	 * @param identity whether the column is an identity afterwards
	 */
	record AlterColumnIdentity(TableName table, String column, boolean identity) implements ColumnChange {

		@Override
		public Phase phase() {
			return Phase.ALTER_COLUMNS;
		}

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return (this.identity ? "make " : "stop making ") + this.table + "." + this.column + " an identity";
		}

	}

}
