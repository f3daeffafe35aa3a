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

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The table of one model, or the junction table of a many-to-many association, as the
 * database must hold it.
 *
 * @param name the table name
 * @param model the name of the model mapped to the table, or {@code null} for a junction
 * table
 * @param columns the columns: the entity's in the order of its properties, then foreign
 * key columns the entity does not map, then timestamps
 * @param primaryKey the primary key
 * @param uniqueConstraints the unique constraints, by name
 * @param indexes the non-unique indexes, by name
 * @param foreignKeys the foreign keys held by this table, by name
 * @param managedElsewhere whether the table is created elsewhere, so that only the
 * columns and constraints of foreign keys are generated
 * @param timestamps whether {@code created_at} and {@code updated_at} are
 * database-managed
 */
public record Table(TableName name, @Nullable String model, List<Column> columns, PrimaryKey primaryKey,
		List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
		boolean managedElsewhere, boolean timestamps) {

	public Table {
		columns = List.copyOf(columns);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		indexes = List.copyOf(indexes);
		foreignKeys = List.copyOf(foreignKeys);
	}

	/**
	 * Return whether this is the junction table of a many-to-many association, which is
	 * no model's table (a junction model maps it, but is not a model). Not named as a
	 * bean property, so that snapshots of the schema, written from the record's
	 * components, do not gain it.
	 * @return whether the table is a junction
	 */
	public boolean joinsModels() {
		return this.model == null;
	}

	/**
	 * Return the column with the given name.
	 * @param name the column name
	 * @return the column, or empty
	 */
	public Optional<Column> column(String name) {
		return this.columns.stream().filter((column) -> column.name().equals(name)).findFirst();
	}

	@Override
	public String toString() {
		return print(Renames.NONE);
	}

	/**
	 * Print the table with the previous names of the table and its columns, where they
	 * were renamed.
	 */
	String print(Renames renames) {
		String renamedFrom = renames.tables().get(this.name);
		StringBuilder text = new StringBuilder("table ").append(this.name)
			.append((this.model != null) ? " (model " + this.model : " (junction");
		if (this.managedElsewhere) {
			text.append(", managed elsewhere");
		}
		if (this.timestamps) {
			text.append(", timestamps");
		}
		if (renamedFrom != null) {
			text.append(", renamed from ").append(renamedFrom);
		}
		text.append(")\n");
		this.columns.forEach((column) -> text.append("  ")
			.append(column.print(renames.previousColumn(this.name, column.name())))
			.append('\n'));
		text.append("  ").append(this.primaryKey).append('\n');
		this.uniqueConstraints.forEach((unique) -> text.append("  ").append(unique).append('\n'));
		this.indexes.forEach((index) -> text.append("  ").append(index).append('\n'));
		this.foreignKeys.forEach((foreignKey) -> text.append("  ").append(foreignKey).append('\n'));
		return text.toString();
	}

}
