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

package io.github.associations.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.associations.model.ModelDefinition;

/**
 * Assembles the table of a model from its entity's columns and the foreign keys it holds:
 * foreign key columns take the referenced key's type, and every foreign key column gets a
 * unique constraint or an index.
 */
final class TableAssembler {

	private final Map<TableName, List<ResolvedForeignKey>> foreignKeysByTable = new TreeMap<>();

	private final Problems problems;

	TableAssembler(List<ResolvedForeignKey> foreignKeys, Problems problems) {
		foreignKeys.forEach((foreignKey) -> this.foreignKeysByTable
			.computeIfAbsent(foreignKey.foreignKey().table(), (table) -> new ArrayList<>())
			.add(foreignKey));
		this.problems = problems;
	}

	Table assemble(ModelTable table) {
		TableName name = table.name();
		List<ResolvedForeignKey> foreignKeys = this.foreignKeysByTable.getOrDefault(name, List.of())
			.stream()
			.sorted(Comparator.comparing((foreignKey) -> foreignKey.column().name()))
			.toList();
		Map<String, Column> foreignKeyColumns = new LinkedHashMap<>();
		foreignKeys.forEach((foreignKey) -> foreignKeyColumns.put(foreignKey.column().name(), foreignKey.column()));
		List<Column> columns = new ArrayList<>();
		List<Column> timestamps = new ArrayList<>();
		for (MappedColumn mapped : table.columns()) {
			if (mapped.property() == null) {
				timestamps.add(mapped.column());
			}
			else {
				Column foreignKeyColumn = foreignKeyColumns.remove(mapped.name());
				columns.add((foreignKeyColumn != null) ? foreignKeyColumn : mapped.column());
			}
		}
		columns.addAll(foreignKeyColumns.values());
		columns.addAll(timestamps);
		Map<String, UniqueConstraint> uniqueConstraints = new TreeMap<>();
		Map<String, Index> indexes = new TreeMap<>();
		for (MappedColumn mapped : table.columns()) {
			if (mapped.unique() && mapped != table.id()) {
				addUnique(uniqueConstraints, name, mapped.name());
			}
		}
		for (ResolvedForeignKey resolved : foreignKeys) {
			ForeignKey foreignKey = resolved.foreignKey();
			if (foreignKey.unique()) {
				addUnique(uniqueConstraints, name, foreignKey.column());
			}
			else {
				Index index = new Index(SchemaNames.index(name, List.of(foreignKey.column())),
						List.of(foreignKey.column()));
				indexes.put(index.name(), index);
			}
		}
		MappedColumn id = table.id();
		PrimaryKey primaryKey = new PrimaryKey(SchemaNames.primaryKey(name),
				(id != null) ? List.of(id.name()) : List.of());
		ModelDefinition<?> definition = table.definition();
		String renamedFrom = definition.getRenamedFrom();
		if (renamedFrom != null && !Identifiers.isSafe(renamedFrom)) {
			this.problems.add(
					table.model() + ".renamedFrom(\"" + renamedFrom + "\") is " + Identifiers.whyUnsafe(renamedFrom),
					"Give the previous table name: " + Identifiers.RULE + ".");
		}
		return new Table(name, table.model(), columns, primaryKey, List.copyOf(uniqueConstraints.values()),
				List.copyOf(indexes.values()),
				foreignKeys.stream()
					.map(ResolvedForeignKey::foreignKey)
					.sorted(Comparator.comparing(ForeignKey::name))
					.toList(),
				definition.isManagedElsewhere(), definition.hasTimestamps());
	}

	private static void addUnique(Map<String, UniqueConstraint> uniqueConstraints, TableName table, String column) {
		UniqueConstraint unique = new UniqueConstraint(SchemaNames.unique(table, List.of(column)), List.of(column));
		uniqueConstraints.put(unique.name(), unique);
	}

}
