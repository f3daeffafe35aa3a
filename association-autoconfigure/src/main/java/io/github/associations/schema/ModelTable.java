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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The table of one model as its entity maps it, before associations add their columns:
 * the table name and a column for every persistent property, following Spring Data's
 * mapping rules, with the model's overrides and timestamps applied.
 */
final class ModelTable {

	private final DeclaredModel declared;

	private final TableName name;

	private final List<MappedColumn> columns;

	private final @Nullable MappedColumn id;

	private final Set<String> propertyNames;

	ModelTable(DeclaredModel declared, TableName name, List<MappedColumn> columns, @Nullable MappedColumn id,
			Set<String> propertyNames) {
		this.declared = declared;
		this.name = name;
		this.columns = List.copyOf(columns);
		this.id = id;
		this.propertyNames = Set.copyOf(propertyNames);
	}

	DeclaredModel declared() {
		return this.declared;
	}

	ModelDefinition<?> definition() {
		return this.declared.definition();
	}

	String model() {
		return this.declared.definition().getName();
	}

	Class<?> type() {
		return this.declared.definition().getType();
	}

	TableName name() {
		return this.name;
	}

	List<MappedColumn> columns() {
		return this.columns;
	}

	@Nullable MappedColumn id() {
		return this.id;
	}

	/**
	 * Return the names of the entity's own persistent properties.
	 * @return the property names
	 */
	Set<String> propertyNames() {
		return this.propertyNames;
	}

	Optional<MappedColumn> columnOfProperty(String property) {
		return this.columns.stream().filter((column) -> property.equals(column.property())).findFirst();
	}

	Optional<MappedColumn> columnNamed(String column) {
		return this.columns.stream().filter((mapped) -> mapped.name().equals(column)).findFirst();
	}

	List<MappedColumn> aggregateReferencesTo(Class<?> model) {
		return this.columns.stream().filter((column) -> column.referencedModel() == model).toList();
	}

	/**
	 * Return the names of the properties that map a column, for messages.
	 * @return the property names, sorted
	 */
	Set<String> mappedProperties() {
		Set<String> names = new TreeSet<>();
		this.columns.stream().map(MappedColumn::property).filter((property) -> property != null).forEach(names::add);
		return names;
	}

	/**
	 * Return the columns by name, in order.
	 * @return the columns
	 */
	Map<String, MappedColumn> columnsByName() {
		Map<String, MappedColumn> byName = new LinkedHashMap<>();
		this.columns.forEach((column) -> byName.put(column.name(), column));
		return byName;
	}

	static List<MappedColumn> withTimestamps(List<MappedColumn> columns) {
		List<MappedColumn> result = new ArrayList<>(columns);
		for (String name : List.of(SchemaNames.CREATED_AT, SchemaNames.UPDATED_AT)) {
			Column timestamp = new Column(name, "timestamptz", false, "now()", false);
			int index = indexOf(result, name);
			if (index >= 0) {
				result.set(index, result.get(index).withColumn(timestamp));
			}
			else {
				result.add(new MappedColumn(null, OffsetDateTime.class, timestamp, false, null, null));
			}
		}
		return result;
	}

	private static int indexOf(List<MappedColumn> columns, String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

}
