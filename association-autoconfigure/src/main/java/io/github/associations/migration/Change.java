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

import java.util.List;

import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Index;
import io.github.associations.schema.PrimaryKey;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;
import io.github.associations.schema.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * One change between the snapshot of the last generated schema and the schema the models
 * derive now. A destructive change loses data or changes behaviour, so it is only written
 * on explicit request.
 */
public sealed interface Change {

	/**
	 * Return whether the change loses data or changes how the database behaves.
	 * @return whether the change is destructive
	 */
	default boolean destructive() {
		return false;
	}

	/**
	 * Describe the change for messages.
	 * @return the description
	 */
	String description();

	/**
	 * Create a schema that a new table lives in.
	 *
	 * @param schema the schema name
	 */
	record CreateSchema(String schema) implements Change {

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
	record CreateTable(Table table) implements Change {

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
	record DropTable(TableName table) implements Change {

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
	record RenameTable(TableName from, TableName to) implements Change {

		@Override
		public String description() {
			return "rename table " + this.from + " to " + this.to.name();
		}

	}

	/**
	 * Add a column to an existing table.
	 *
	 * @param table the table
	 * @param column the column
	 */
	record AddColumn(TableName table, Column column) implements Change {

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
	record DropColumn(TableName table, String column) implements Change {

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
	record RenameColumn(TableName table, String from, String to) implements Change {

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
	record AlterColumnType(TableName table, String column, String from, String to) implements Change {

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
	record AlterColumnNullability(TableName table, String column, boolean nullable) implements Change {

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
	record AlterColumnDefault(TableName table, String column, @Nullable String expression) implements Change {

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
	record AlterColumnIdentity(TableName table, String column, boolean identity) implements Change {

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return (this.identity ? "make " : "stop making ") + this.table + "." + this.column + " an identity";
		}

	}

	/**
	 * Add a primary key.
	 *
	 * @param table the table
	 * @param primaryKey the primary key
	 */
	record AddPrimaryKey(TableName table, PrimaryKey primaryKey) implements Change {

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return "change the primary key of " + this.table + " to (" + String.join(", ", this.primaryKey.columns())
					+ ")";
		}

	}

	/**
	 * Add a unique constraint.
	 *
	 * @param table the table
	 * @param unique the constraint
	 */
	record AddUnique(TableName table, UniqueConstraint unique) implements Change {

		@Override
		public String description() {
			return "add unique constraint " + this.unique.name();
		}

	}

	/**
	 * Add a foreign key constraint.
	 *
	 * @param foreignKey the foreign key
	 */
	record AddForeignKey(ForeignKey foreignKey) implements Change {

		@Override
		public String description() {
			return "add foreign key " + this.foreignKey.name();
		}

	}

	/**
	 * Drop a constraint: a foreign key, a unique constraint or a primary key.
	 *
	 * @param table the table
	 * @param name the constraint name
	 * @param reason what dropping it means, for messages
	 * @param foreignKey whether the constraint is a foreign key, which is dropped first
	 */
	record DropConstraint(TableName table, String name, String reason, boolean foreignKey) implements Change {

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return this.reason;
		}

	}

	/**
	 * Rename a constraint whose table or columns were renamed.
	 *
	 * @param table the table
	 * @param from the previous name
	 * @param to the new name
	 */
	record RenameConstraint(TableName table, String from, String to) implements Change {

		@Override
		public String description() {
			return "rename constraint " + this.from + " to " + this.to;
		}

	}

	/**
	 * Create an index.
	 *
	 * @param table the table
	 * @param index the index
	 */
	record CreateIndex(TableName table, Index index) implements Change {

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
	record DropIndex(TableName table, String name) implements Change {

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
	record RenameIndex(TableName table, String from, String to) implements Change {

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
	record CreateUpdatedAtTrigger(TableName table) implements Change {

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
	record DropUpdatedAtTrigger(TableName table, String name) implements Change {

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
	record RenameTrigger(TableName table, String from, String to) implements Change {

		@Override
		public String description() {
			return "rename trigger " + this.from + " to " + this.to;
		}

	}

	/**
	 * Return the destructive changes among the given ones.
	 * @param changes the changes
	 * @return the destructive changes
	 */
	static List<Change> destructive(List<Change> changes) {
		return changes.stream().filter(Change::destructive).toList();
	}

}
