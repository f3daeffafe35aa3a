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

/**
 * What the database must look like for a set of model definitions: the table of every
 * model and every association, resolved to the foreign key it uses. Immutable and
 * deterministic: the same definitions, in any order, give an equal schema that prints the
 * same. {@link SchemaDerivation} derives it.
 *
 * @param tables the tables, by name
 * @param associations the declared sides of the associations, by source model and name
 * @param renames the renames the next migration performs
 */
public record Schema(List<Table> tables, List<Association> associations, Renames renames) {

	public Schema {
		tables = List.copyOf(tables);
		associations = List.copyOf(associations);
	}

	/**
	 * Create a schema without renames.
	 * @param tables the tables, by name
	 * @param associations the declared sides of the associations
	 */
	public Schema(List<Table> tables, List<Association> associations) {
		this(tables, associations, Renames.NONE);
	}

	/**
	 * Return the table of a model.
	 * @param model the model name
	 * @return the table, or empty
	 */
	public Optional<Table> tableOf(String model) {
		return this.tables.stream().filter((table) -> model.equals(table.model())).findFirst();
	}

	/**
	 * Return the table with a name, a model's or a junction.
	 * @param name the table's name
	 * @return the table, or empty
	 */
	public Optional<Table> table(TableName name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst();
	}

	/**
	 * Return the association of a source type with the given name.
	 * @param source the source entity type
	 * @param as the association name
	 * @return the association, or empty
	 */
	public Optional<Association> association(Class<?> source, String as) {
		return this.associations.stream()
			.filter((association) -> association.source() == source && association.as().equals(as))
			.findFirst();
	}

	/**
	 * Print the schema: tables with their columns and constraints, then associations, one
	 * per line.
	 * @return the printed schema
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		this.tables.forEach((table) -> text.append(table.print(this.renames)));
		this.associations.forEach((association) -> text.append(association).append('\n'));
		return text.toString();
	}

}
