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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.associations.model.ReferentialAction;
import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.SchemaNames;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;

/**
 * Renders changes as PostgreSQL statements, in an order that needs no special case for
 * cycles: drops and renames first, then every {@code CREATE TABLE}, then column changes,
 * then unique constraints, foreign keys and indexes, then triggers. Identifiers are
 * always quoted; the output depends on nothing but the changes.
 */
final class PostgresDdl {

	/**
	 * The function that the {@code updated_at} triggers call.
	 */
	static final String UPDATED_AT_FUNCTION = "associations_set_updated_at";

	private PostgresDdl() {
	}

	/**
	 * Render changes as statements, each ending with a semicolon.
	 * @param changes the changes
	 * @return the statements, in the order they must run
	 */
	static List<String> render(List<Change> changes) {
		List<String> statements = new ArrayList<>();
		List<Change> ordered = new ArrayList<>(changes);
		ordered.sort(Comparator.comparingInt(PostgresDdl::phase));
		List<Table> created = new ArrayList<>();
		boolean function = false;
		for (Change change : ordered) {
			if (change instanceof Change.CreateTable create) {
				created.add(create.table());
				continue;
			}
			if (!created.isEmpty()) {
				creationOrder(created).forEach((table) -> statements.add(createTable(table)));
				created.clear();
			}
			if (change instanceof Change.CreateUpdatedAtTrigger && !function) {
				statements.add(updatedAtFunction());
				function = true;
			}
			statements.add(render(change));
		}
		creationOrder(created).forEach((table) -> statements.add(createTable(table)));
		return statements;
	}

	private static final Map<Class<? extends Change>, Integer> PHASES = Map.ofEntries(
			Map.entry(Change.DropIndex.class, 1), Map.entry(Change.DropConstraint.class, 1),
			Map.entry(Change.DropUpdatedAtTrigger.class, 1), Map.entry(Change.DropColumn.class, 2),
			Map.entry(Change.DropTable.class, 3), Map.entry(Change.RenameTable.class, 4),
			Map.entry(Change.RenameColumn.class, 5), Map.entry(Change.RenameConstraint.class, 6),
			Map.entry(Change.RenameIndex.class, 6), Map.entry(Change.RenameTrigger.class, 6),
			Map.entry(Change.CreateSchema.class, 7), Map.entry(Change.CreateTable.class, 8),
			Map.entry(Change.AddColumn.class, 9), Map.entry(Change.AlterColumnType.class, 9),
			Map.entry(Change.AlterColumnDefault.class, 9), Map.entry(Change.AlterColumnIdentity.class, 9),
			Map.entry(Change.AlterColumnNullability.class, 10), Map.entry(Change.AddPrimaryKey.class, 11),
			Map.entry(Change.AddUnique.class, 11), Map.entry(Change.AddForeignKey.class, 12),
			Map.entry(Change.CreateIndex.class, 13), Map.entry(Change.CreateUpdatedAtTrigger.class, 14));

	private static int phase(Change change) {
		if (change instanceof Change.DropConstraint drop && drop.foreignKey()) {
			return 0;
		}
		return PHASES.get(change.getClass());
	}

	private static String render(Change change) {
		if (change instanceof Change.CreateSchema create) {
			return "CREATE SCHEMA IF NOT EXISTS " + quote(create.schema()) + ";";
		}
		if (change instanceof Change.CreateTable create) {
			return createTable(create.table());
		}
		if (change instanceof Change.DropTable drop) {
			return "DROP TABLE " + name(drop.table()) + ";";
		}
		if (change instanceof Change.RenameTable rename) {
			return "ALTER TABLE " + name(rename.from()) + " RENAME TO " + quote(rename.to().name()) + ";";
		}
		if (change instanceof Change.AddColumn add) {
			return alterTable(add.table(), "ADD COLUMN " + column(add.column()));
		}
		if (change instanceof Change.DropColumn drop) {
			return alterTable(drop.table(), "DROP COLUMN " + quote(drop.column()));
		}
		if (change instanceof Change.RenameColumn rename) {
			return alterTable(rename.table(), "RENAME COLUMN " + quote(rename.from()) + " TO " + quote(rename.to()));
		}
		if (change instanceof Change.AlterColumnType alter) {
			return alterTable(alter.table(), "ALTER COLUMN " + quote(alter.column()) + " TYPE " + alter.to() + " USING "
					+ quote(alter.column()) + "::" + alter.to());
		}
		if (change instanceof Change.AlterColumnNullability alter) {
			return alterTable(alter.table(),
					"ALTER COLUMN " + quote(alter.column()) + (alter.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
		}
		if (change instanceof Change.AlterColumnDefault alter) {
			return alterTable(alter.table(), "ALTER COLUMN " + quote(alter.column())
					+ ((alter.expression() != null) ? " SET DEFAULT " + alter.expression() : " DROP DEFAULT"));
		}
		if (change instanceof Change.AlterColumnIdentity alter) {
			return alterTable(alter.table(), "ALTER COLUMN " + quote(alter.column())
					+ (alter.identity() ? " ADD GENERATED BY DEFAULT AS IDENTITY" : " DROP IDENTITY"));
		}
		if (change instanceof Change.AddPrimaryKey add) {
			return alterTable(add.table(), "ADD CONSTRAINT " + quote(add.primaryKey().name()) + " PRIMARY KEY ("
					+ columns(add.primaryKey().columns()) + ")");
		}
		if (change instanceof Change.AddUnique add) {
			return alterTable(add.table(), "ADD CONSTRAINT " + quote(add.unique().name()) + " UNIQUE ("
					+ columns(add.unique().columns()) + ")");
		}
		if (change instanceof Change.AddForeignKey add) {
			return foreignKey(add.foreignKey());
		}
		if (change instanceof Change.DropConstraint drop) {
			return alterTable(drop.table(), "DROP CONSTRAINT " + quote(drop.name()));
		}
		if (change instanceof Change.RenameConstraint rename) {
			return alterTable(rename.table(),
					"RENAME CONSTRAINT " + quote(rename.from()) + " TO " + quote(rename.to()));
		}
		if (change instanceof Change.CreateIndex create) {
			return "CREATE INDEX " + quote(create.index().name()) + " ON " + name(create.table()) + " ("
					+ columns(create.index().columns()) + ");";
		}
		if (change instanceof Change.DropIndex drop) {
			return "DROP INDEX " + qualified(drop.table(), drop.name()) + ";";
		}
		if (change instanceof Change.RenameIndex rename) {
			return "ALTER INDEX " + qualified(rename.table(), rename.from()) + " RENAME TO " + quote(rename.to()) + ";";
		}
		if (change instanceof Change.CreateUpdatedAtTrigger create) {
			return "CREATE TRIGGER " + quote(SchemaNames.updatedAtTrigger(create.table())) + " BEFORE UPDATE ON "
					+ name(create.table()) + " FOR EACH ROW EXECUTE FUNCTION " + quote(UPDATED_AT_FUNCTION) + "();";
		}
		if (change instanceof Change.DropUpdatedAtTrigger drop) {
			return "DROP TRIGGER " + quote(drop.name()) + " ON " + name(drop.table()) + ";";
		}
		if (change instanceof Change.RenameTrigger rename) {
			return "ALTER TRIGGER " + quote(rename.from()) + " ON " + name(rename.table()) + " RENAME TO "
					+ quote(rename.to()) + ";";
		}
		throw new IllegalArgumentException("Unknown change " + change);
	}

	private static String createTable(Table table) {
		List<String> lines = new ArrayList<>();
		table.columns().forEach((column) -> lines.add(column(column)));
		if (!table.primaryKey().columns().isEmpty()) {
			lines.add("CONSTRAINT " + quote(table.primaryKey().name()) + " PRIMARY KEY ("
					+ columns(table.primaryKey().columns()) + ")");
		}
		return "CREATE TABLE " + name(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n);";
	}

	private static String column(Column column) {
		StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
		if (column.identity()) {
			sql.append(" GENERATED BY DEFAULT AS IDENTITY");
		}
		if (!column.nullable()) {
			sql.append(" NOT NULL");
		}
		if (column.defaultValue() != null) {
			sql.append(" DEFAULT ").append(column.defaultValue());
		}
		return sql.toString();
	}

	private static String foreignKey(ForeignKey foreignKey) {
		return alterTable(foreignKey.table(),
				"ADD CONSTRAINT " + quote(foreignKey.name()) + " FOREIGN KEY (" + quote(foreignKey.column())
						+ ") REFERENCES " + name(foreignKey.referencedTable()) + " ("
						+ quote(foreignKey.referencedColumn()) + ") ON DELETE " + action(foreignKey.onDelete())
						+ " ON UPDATE " + action(foreignKey.onUpdate()));
	}

	private static String updatedAtFunction() {
		return "CREATE OR REPLACE FUNCTION " + quote(UPDATED_AT_FUNCTION)
				+ "() RETURNS trigger LANGUAGE plpgsql AS $$\n"
				+ "BEGIN\n    NEW.\"updated_at\" = now();\n    RETURN NEW;\nEND\n$$;";
	}

	/**
	 * Order new tables so that referenced tables come before the tables that reference
	 * them, by name where that leaves a choice or in a cycle.
	 */
	private static List<Table> creationOrder(List<Table> tables) {
		Map<TableName, Table> remaining = new TreeMap<>();
		tables.forEach((table) -> remaining.put(table.name(), table));
		List<Table> ordered = new ArrayList<>();
		while (!remaining.isEmpty()) {
			Table next = remaining.values()
				.stream()
				.filter((table) -> table.foreignKeys()
					.stream()
					.map(ForeignKey::referencedTable)
					.noneMatch((referenced) -> !referenced.equals(table.name()) && remaining.containsKey(referenced)))
				.findFirst()
				.orElse(remaining.values().iterator().next());
			ordered.add(next);
			remaining.remove(next.name());
		}
		return ordered;
	}

	private static String alterTable(TableName table, String action) {
		return "ALTER TABLE " + name(table) + " " + action + ";";
	}

	static String action(ReferentialAction action) {
		return action.name().replace('_', ' ');
	}

	static String name(TableName table) {
		return table.sql();
	}

	private static String qualified(TableName table, String name) {
		return table.qualify(name);
	}

	private static String columns(List<String> columns) {
		return columns.stream().map(PostgresDdl::quote).collect(Collectors.joining(", "));
	}

	static String quote(String identifier) {
		return TableName.quote(identifier);
	}

}
