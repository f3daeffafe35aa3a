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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Index;
import io.github.associations.schema.PrimaryKey;
import io.github.associations.schema.SchemaNames;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;
import io.github.associations.schema.UniqueConstraint;

/**
 * The changes within one table that exists before and after: its columns, keys,
 * constraints, indexes and trigger, each matched by what it holds or constrains, after
 * the renames of its columns.
 */
final class TableDiff {

	private final TableName table;

	private final Map<String, String> renames;

	private final UnaryOperator<ForeignKey> renamedForeignKey;

	private final List<Change> changes;

	/**
	 * Create the diff of a table.
	 * @param table the table's name now
	 * @param renames the new names of its renamed columns, by their previous names
	 * @param renamedForeignKey a previous foreign key with the renames of its tables and
	 * columns applied
	 * @param changes where to add the changes
	 */
	TableDiff(TableName table, Map<String, String> renames, UnaryOperator<ForeignKey> renamedForeignKey,
			List<Change> changes) {
		this.table = table;
		this.renames = renames;
		this.renamedForeignKey = renamedForeignKey;
		this.changes = changes;
	}

	/**
	 * Add the changes from the table before to the table now.
	 * @param previous the table before
	 * @param current the table now
	 * @param whole whether to compare the whole table, not only the part of a table
	 * managed elsewhere that the starter generates
	 */
	void compare(Table previous, Table current, boolean whole) {
		compareColumns(previous, current);
		if (whole) {
			comparePrimaryKeys(previous.primaryKey(), current.primaryKey());
		}
		compareUniqueConstraints(previous, current);
		compareIndexes(previous, current);
		compareForeignKeys(previous, current);
		if (whole) {
			compareTriggers(previous, current);
		}
	}

	private void compareColumns(Table previous, Table current) {
		Map<String, Column> previousColumns = new LinkedHashMap<>();
		previous.columns()
			.forEach((column) -> previousColumns.put(this.renames.getOrDefault(column.name(), column.name()), column));
		for (Column column : current.columns()) {
			Column before = previousColumns.remove(column.name());
			if (before == null) {
				this.changes.add(new ColumnChange.AddColumn(this.table, column));
				continue;
			}
			if (!before.type().equals(column.type())) {
				this.changes
					.add(new ColumnChange.AlterColumnType(this.table, column.name(), before.type(), column.type()));
			}
			if (before.nullable() != column.nullable()) {
				this.changes.add(new ColumnChange.AlterColumnNullability(this.table, column.name(), column.nullable()));
			}
			if (!Objects.equals(before.defaultValue(), column.defaultValue())) {
				this.changes.add(new ColumnChange.AlterColumnDefault(this.table, column.name(), column.defaultValue()));
			}
			if (before.identity() != column.identity()) {
				this.changes.add(new ColumnChange.AlterColumnIdentity(this.table, column.name(), column.identity()));
			}
		}
		previousColumns.keySet().forEach((column) -> this.changes.add(new ColumnChange.DropColumn(this.table, column)));
	}

	private void comparePrimaryKeys(PrimaryKey previous, PrimaryKey current) {
		if (!renamed(previous.columns(), this.renames).equals(current.columns())) {
			this.changes.add(new ConstraintChange.DropConstraint(this.table, previous.name(),
					"drop the primary key " + previous.name() + " of " + this.table, false));
			this.changes.add(new ConstraintChange.AddPrimaryKey(this.table, current));
		}
		else if (!previous.name().equals(current.name())) {
			this.changes.add(new ConstraintChange.RenameConstraint(this.table, previous.name(), current.name()));
		}
	}

	private void compareUniqueConstraints(Table previous, Table current) {
		Map<List<String>, UniqueConstraint> previousByColumns = new LinkedHashMap<>();
		previous.uniqueConstraints()
			.forEach((unique) -> previousByColumns.put(renamed(unique.columns(), this.renames), unique));
		List<String> previousColumns = renamed(previous.columns().stream().map(Column::name).toList(), this.renames);
		for (UniqueConstraint unique : current.uniqueConstraints()) {
			UniqueConstraint before = previousByColumns.remove(unique.columns());
			if (before == null) {
				this.changes.add(new ConstraintChange.AddUnique(this.table, unique,
						previousColumns.containsAll(unique.columns())));
			}
			else if (!before.name().equals(unique.name())) {
				this.changes.add(new ConstraintChange.RenameConstraint(this.table, before.name(), unique.name()));
			}
		}
		previousByColumns.values()
			.forEach((unique) -> this.changes.add(new ConstraintChange.DropConstraint(this.table, unique.name(),
					"drop unique constraint " + unique.name() + " on " + this.table + " ("
							+ String.join(", ", unique.columns()) + ")",
					false)));
	}

	private void compareIndexes(Table previous, Table current) {
		Map<List<String>, Index> previousByColumns = new LinkedHashMap<>();
		previous.indexes().forEach((index) -> previousByColumns.put(renamed(index.columns(), this.renames), index));
		for (Index index : current.indexes()) {
			Index before = previousByColumns.remove(index.columns());
			if (before == null) {
				this.changes.add(new IndexChange.CreateIndex(this.table, index));
			}
			else if (!before.name().equals(index.name())) {
				this.changes.add(new IndexChange.RenameIndex(this.table, before.name(), index.name()));
			}
		}
		previousByColumns.values()
			.forEach((index) -> this.changes.add(new IndexChange.DropIndex(this.table, index.name())));
	}

	private void compareForeignKeys(Table previous, Table current) {
		Map<String, ForeignKey> previousByColumn = new LinkedHashMap<>();
		constrained(previous).forEach((foreignKey) -> {
			ForeignKey renamed = this.renamedForeignKey.apply(foreignKey);
			previousByColumn.put(renamed.column(), renamed);
		});
		for (ForeignKey foreignKey : constrained(current)) {
			ForeignKey before = previousByColumn.remove(foreignKey.column());
			if (before == null) {
				this.changes.add(new ConstraintChange.AddForeignKey(foreignKey));
			}
			else if (!sameReference(before, foreignKey)) {
				this.changes.add(new ConstraintChange.DropConstraint(this.table, before.name(), "change foreign key "
						+ foreignKey.name() + " from " + reference(before) + " to " + reference(foreignKey), true));
				this.changes.add(new ConstraintChange.AddForeignKey(foreignKey));
			}
			else if (!before.name().equals(foreignKey.name())) {
				this.changes.add(new ConstraintChange.RenameConstraint(this.table, before.name(), foreignKey.name()));
			}
		}
		previousByColumn.values()
			.forEach((foreignKey) -> this.changes.add(new ConstraintChange.DropConstraint(this.table, foreignKey.name(),
					"drop foreign key " + foreignKey.name() + " on " + this.table + " (" + foreignKey.column() + ")",
					true)));
	}

	private void compareTriggers(Table previous, Table current) {
		if (previous.timestamps() && !current.timestamps()) {
			this.changes
				.add(new IndexChange.DropUpdatedAtTrigger(this.table, SchemaNames.updatedAtTrigger(previous.name())));
		}
		else if (!previous.timestamps() && current.timestamps()) {
			this.changes.add(new IndexChange.CreateUpdatedAtTrigger(this.table));
		}
		else if (current.timestamps()) {
			String before = SchemaNames.updatedAtTrigger(previous.name());
			String now = SchemaNames.updatedAtTrigger(current.name());
			if (!before.equals(now)) {
				this.changes.add(new IndexChange.RenameTrigger(this.table, before, now));
			}
		}
	}

	private static boolean sameReference(ForeignKey before, ForeignKey after) {
		return before.referencedTable().equals(after.referencedTable())
				&& before.referencedColumn().equals(after.referencedColumn()) && before.onDelete() == after.onDelete()
				&& before.onUpdate() == after.onUpdate();
	}

	private static String reference(ForeignKey foreignKey) {
		return foreignKey.referencedTable() + " (" + foreignKey.referencedColumn() + ") on delete "
				+ PostgresDdl.action(foreignKey.onDelete()) + " on update " + PostgresDdl.action(foreignKey.onUpdate());
	}

	private static List<String> renamed(List<String> columns, Map<String, String> renames) {
		return columns.stream().map((column) -> renames.getOrDefault(column, column)).toList();
	}

	static List<ForeignKey> constrained(Table table) {
		return table.foreignKeys().stream().filter(ForeignKey::constrained).toList();
	}

}
