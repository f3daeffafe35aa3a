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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.PrimaryKey;
import io.github.associations.schema.Renames;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;

/**
 * The changes that turn the tables of the last generated schema into the tables the
 * models derive now. Renames come only from the declared {@link Renames}; constraints and
 * indexes are matched by what they constrain, so that a rename renames them too instead
 * of dropping and adding them. Of a table managed elsewhere, only the columns and
 * constraints of its foreign keys are compared.
 */
final class SchemaDiff {

	private final Map<TableName, Table> before = new TreeMap<>();

	private final Map<TableName, Table> after = new TreeMap<>();

	private final Map<TableName, TableName> tableRenames = new HashMap<>();

	private final Map<TableName, Map<String, String>> columnRenames = new HashMap<>();

	private final List<Change> changes = new ArrayList<>();

	private final Renames renames;

	private SchemaDiff(List<Table> before, List<Table> after, Renames renames) {
		before.forEach((table) -> this.before.put(table.name(), table));
		after.forEach((table) -> this.after.put(table.name(), table));
		this.renames = renames;
	}

	/**
	 * Return the changes from one list of tables to another.
	 * @param before the tables of the last generated schema
	 * @param after the tables the models derive now
	 * @param renames the renames the models declare
	 * @return the changes, in no particular order
	 */
	static List<Change> between(List<Table> before, List<Table> after, Renames renames) {
		SchemaDiff diff = new SchemaDiff(before, after, renames);
		diff.renameTables();
		diff.renameColumns();
		diff.compareTables();
		return List.copyOf(diff.changes);
	}

	private void renameTables() {
		for (Table table : this.after.values()) {
			TableName from = this.renames.previousTable(table.name());
			if (from != null && this.before.containsKey(from) && !this.after.containsKey(from)
					&& !this.before.containsKey(table.name())) {
				this.changes.add(new TableChange.RenameTable(from, table.name()));
				this.tableRenames.put(from, table.name());
			}
		}
		this.tableRenames.forEach((from, to) -> this.before.put(to, this.before.remove(from)));
	}

	private void renameColumns() {
		for (Table table : this.after.values()) {
			Table previous = this.before.get(table.name());
			if (previous == null) {
				continue;
			}
			for (Column column : table.columns()) {
				String from = this.renames.previousColumn(table.name(), column.name());
				if (from != null && previous.column(from).isPresent() && table.column(from).isEmpty()
						&& previous.column(column.name()).isEmpty()) {
					this.changes.add(new ColumnChange.RenameColumn(table.name(), from, column.name()));
					this.columnRenames.computeIfAbsent(table.name(), (name) -> new HashMap<>())
						.put(from, column.name());
				}
			}
		}
	}

	private void compareTables() {
		Set<String> schemas = new HashSet<>();
		this.before.values().forEach((table) -> schemas.add(table.name().schema()));
		for (Table table : this.after.values()) {
			Table previous = this.before.get(table.name());
			if (previous != null) {
				compare(previous, table);
			}
			else if (table.managedElsewhere()) {
				compare(empty(table), table);
			}
			else {
				String schema = table.name().schema();
				if (schema != null && schemas.add(schema)) {
					this.changes.add(new TableChange.CreateSchema(schema));
				}
				create(table);
			}
		}
		for (Map.Entry<TableName, Table> entry : this.before.entrySet()) {
			Table previous = entry.getValue();
			if (!this.after.containsKey(entry.getKey())) {
				if (previous.managedElsewhere()) {
					compare(previous, empty(previous));
				}
				else {
					dropForeignKeysToDroppedTables(previous);
					this.changes.add(new TableChange.DropTable(previous.name()));
				}
			}
		}
	}

	/**
	 * Drop, before the tables, the foreign keys of a dropped table that reference another
	 * dropped table: tables that reference each other can be dropped only without them.
	 */
	private void dropForeignKeysToDroppedTables(Table dropped) {
		for (ForeignKey foreignKey : TableDiff.constrained(dropped)) {
			TableName referenced = renamed(foreignKey).referencedTable();
			if (!referenced.equals(dropped.name()) && this.before.containsKey(referenced)
					&& !this.after.containsKey(referenced)) {
				this.changes.add(new ConstraintChange.DropConstraint(dropped.name(), foreignKey.name(),
						"drop foreign key " + foreignKey.name() + " on " + dropped.name() + " (" + foreignKey.column()
								+ ") with the tables",
						true));
			}
		}
	}

	private void create(Table table) {
		this.changes.add(new TableChange.CreateTable(table));
		table.uniqueConstraints()
			.forEach((unique) -> this.changes.add(new ConstraintChange.AddUnique(table.name(), unique, false)));
		TableDiff.constrained(table)
			.forEach((foreignKey) -> this.changes.add(new ConstraintChange.AddForeignKey(foreignKey)));
		table.indexes().forEach((index) -> this.changes.add(new IndexChange.CreateIndex(table.name(), index)));
		if (table.timestamps()) {
			this.changes.add(new IndexChange.CreateUpdatedAtTrigger(table.name()));
		}
	}

	private void compare(Table previousTable, Table table) {
		boolean owned = previousTable.managedElsewhere() || table.managedElsewhere();
		new TableDiff(table.name(), this.columnRenames.getOrDefault(table.name(), Map.of()), this::renamed,
				this.changes)
			.compare(owned ? owned(previousTable) : previousTable, owned ? owned(table) : table, !owned);
	}

	private ForeignKey renamed(ForeignKey foreignKey) {
		TableName table = this.tableRenames.getOrDefault(foreignKey.table(), foreignKey.table());
		TableName referenced = this.tableRenames.getOrDefault(foreignKey.referencedTable(),
				foreignKey.referencedTable());
		String column = this.columnRenames.getOrDefault(table, Map.of())
			.getOrDefault(foreignKey.column(), foreignKey.column());
		String referencedColumn = this.columnRenames.getOrDefault(referenced, Map.of())
			.getOrDefault(foreignKey.referencedColumn(), foreignKey.referencedColumn());
		return new ForeignKey(foreignKey.name(), table, column, referenced, referencedColumn, foreignKey.nullable(),
				foreignKey.unique(), foreignKey.onDelete(), foreignKey.onUpdate(), foreignKey.constrained());
	}

	/**
	 * Return the part of a table managed elsewhere that the starter generates: the
	 * columns and constraints of its foreign keys.
	 */
	private static Table owned(Table table) {
		Set<String> columns = new HashSet<>();
		table.foreignKeys().forEach((foreignKey) -> columns.add(foreignKey.column()));
		return new Table(table.name(), table.model(),
				table.columns().stream().filter((column) -> columns.contains(column.name())).toList(),
				new PrimaryKey(table.primaryKey().name(), List.of()),
				table.uniqueConstraints().stream().filter((unique) -> columns.containsAll(unique.columns())).toList(),
				table.indexes().stream().filter((index) -> columns.containsAll(index.columns())).toList(),
				table.foreignKeys(), true, false);
	}

	private static Table empty(Table table) {
		return new Table(table.name(), table.model(), List.of(), new PrimaryKey(table.primaryKey().name(), List.of()),
				List.of(), List.of(), List.of(), true, false);
	}

}
