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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.associations.model.AttributeDefinition;
import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.AggregatePath;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Reads the table of a model from Spring Data's mapping of its entity, reporting every
 * name, type and shape the starter cannot generate.
 */
final class ModelTableReader {

	private final RelationalMappingContext context;

	private final Set<Class<?>> modelTypes;

	private final Problems problems;

	ModelTableReader(RelationalMappingContext context, Set<Class<?>> modelTypes, Problems problems) {
		this.context = context;
		this.modelTypes = modelTypes;
		this.problems = problems;
	}

	@Nullable ModelTable read(DeclaredModel declared) {
		return read(declared, false);
	}

	/**
	 * Read the table of a model, or of a junction model, which needs no {@code @Id}.
	 */
	@Nullable ModelTable read(DeclaredModel declared, boolean junctionModel) {
		ModelDefinition<?> definition = declared.definition();
		String model = definition.getName();
		RelationalPersistentEntity<?> entity;
		try {
			entity = this.context.getRequiredPersistentEntity(definition.getType());
		}
		catch (RuntimeException ex) {
			this.problems.add(model + " cannot be mapped by Spring Data JDBC: " + ex.getMessage(),
					"Make " + definition.getType().getName() + " an entity: a class or record with an @Id property.");
			return null;
		}
		TableName name = tableName(model, entity);
		if (!entity.hasIdProperty() && !junctionModel) {
			this.problems.add(model + " has no @Id property",
					"Annotate the identifier of " + model + " with @Id (org.springframework.data.annotation.Id).");
		}
		Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
		definition.getAttributes().forEach((attribute) -> attributes.put(attribute.property(), attribute));
		Walk walk = new Walk(model, definition, attributes);
		walk.properties(this.context.getAggregatePath(entity), entity, "");
		attributes.keySet()
			.forEach((property) -> this.problems.add(
					model + ".attribute(\"" + property + "\") names no property that maps a column",
					"Name one of the mapped properties of " + model + ": " + String.join(", ", walk.propertyPaths())
							+ "."));
		List<MappedColumn> columns = walk.columns;
		if (definition.hasTimestamps()) {
			checkTimestampsAreReadOnly(model, walk);
			columns = ModelTable.withTimestamps(columns);
		}
		checkColumnsAreDistinct(model, columns);
		Set<String> propertyNames = new LinkedHashSet<>();
		entity.forEach((property) -> propertyNames.add(property.getName()));
		return new ModelTable(declared, name, columns, walk.id, propertyNames);
	}

	private TableName tableName(String model, RelationalPersistentEntity<?> entity) {
		List<String> parts = Identifiers.storedNames(entity.getQualifiedTableName());
		for (String part : parts) {
			String problem = Identifiers.tableProblem(part);
			if (problem != null) {
				this.problems.add(model + " maps to table or schema \"" + part + "\", which is " + problem,
						"Name the table with @Table: " + Identifiers.TABLE_RULE + ".");
			}
		}
		String table = parts.get(parts.size() - 1);
		return (parts.size() > 1) ? new TableName(parts.get(0), table) : TableName.of(table);
	}

	private void checkTimestampsAreReadOnly(String model, Walk walk) {
		for (String timestamp : List.of(SchemaNames.CREATED_AT, SchemaNames.UPDATED_AT)) {
			String writer = walk.writableColumns.get(timestamp);
			if (writer != null) {
				this.problems.add(
						model + "." + writer + " maps the database-managed column " + timestamp
								+ ", but Spring Data would write it",
						"Annotate " + model + "." + writer
								+ " with @ReadOnlyProperty (org.springframework.data.annotation.ReadOnlyProperty).");
			}
		}
	}

	private void checkColumnsAreDistinct(String model, List<MappedColumn> columns) {
		Set<String> seen = new HashSet<>();
		for (MappedColumn column : columns) {
			if (!seen.add(column.name())) {
				this.problems.add(model + " maps column " + column.name() + " more than once",
						"Give each property of " + model + " a column of its own.");
			}
		}
	}

	/**
	 * One walk over the persistent properties of an entity and its embedded values.
	 */
	private final class Walk {

		private final String model;

		private final ModelDefinition<?> definition;

		private final Map<String, AttributeDefinition> attributes;

		private final List<MappedColumn> columns = new ArrayList<>();

		private final Map<String, String> writableColumns = new LinkedHashMap<>();

		private final List<String> paths = new ArrayList<>();

		private @Nullable MappedColumn id;

		Walk(String model, ModelDefinition<?> definition, Map<String, AttributeDefinition> attributes) {
			this.model = model;
			this.definition = definition;
			this.attributes = attributes;
		}

		List<String> propertyPaths() {
			return this.paths;
		}

		void properties(AggregatePath path, RelationalPersistentEntity<?> owner, String prefix) {
			for (RelationalPersistentProperty property : owner) {
				property(path.append(property), property, prefix + property.getName());
			}
		}

		private void property(AggregatePath path, RelationalPersistentProperty property, String name) {
			Class<?> actualType = property.getActualType();
			if (!property.isAssociation() && ModelTableReader.this.modelTypes.contains(actualType)) {
				problem(this.model + "." + name + " holds model " + actualType.getSimpleName() + " inside the "
						+ this.model + " aggregate",
						"Declare an association instead, such as " + this.model + ".hasOne("
								+ actualType.getSimpleName() + ".class), and remove the property.");
				return;
			}
			if (property.isEmbedded()) {
				if (property.isIdProperty()) {
					problem(this.model + "." + name + " is a composite id",
							"Use a single-column id for " + this.model + ": Long, Integer, UUID or String.");
					return;
				}
				properties(path, path.getRequiredLeafEntity(), name + ".");
				return;
			}
			boolean multiValued = (property.isCollectionLike() && property.getType() != byte[].class)
					|| property.isMap();
			AttributeDefinition attribute = this.attributes.get(name);
			if (property.isEntity() && (multiValued || attribute == null || attribute.sqlType() == null)) {
				if (!this.definition.isManagedElsewhere()) {
					problem(this.model + "." + name + " holds entities inside the " + this.model
							+ " aggregate, whose tables the starter does not generate yet",
							"Declare ModelDefinition.of(" + this.model
									+ ".class).managedElsewhere() and create its tables in your own migrations"
									+ (multiValued ? "."
											: "; or, when a converter of yours writes " + actualType.getSimpleName()
													+ " as one value, give its column type: " + "attribute(\"" + name
													+ "\", sqlType(\"...\"))."));
				}
				return;
			}
			this.attributes.remove(name);
			if (multiValued && (attribute == null || attribute.sqlType() == null)) {
				problem(this.model + "." + name + " is a collection of " + actualType.getSimpleName()
						+ ", which has no PostgreSQL column type",
						"Give it one, such as attribute(\"" + name + "\", sqlType(\"text[]\")), or change its type.");
				return;
			}
			column(path, property, name, attribute);
		}

		private void column(AggregatePath path, RelationalPersistentProperty property, String name,
				@Nullable AttributeDefinition attribute) {
			this.paths.add(name);
			String column = Identifiers.storedNames(path.getColumnInfo().name()).get(0);
			String columnProblem = Identifiers.columnProblem(column);
			if (columnProblem != null) {
				problem(this.model + "." + name + " maps to column \"" + column + "\", which is " + columnProblem,
						"Name the column with @Column: " + Identifiers.COLUMN_RULE + ".");
			}
			boolean reference = property.isAssociation();
			Class<?> javaType = reference ? property.getActualType() : property.getType();
			String type = type(name, javaType, reference, attribute);
			boolean id = property.isIdProperty();
			boolean notNull = id || property.isVersionProperty() || property.getType().isPrimitive()
					|| (attribute != null && attribute.notNull());
			boolean identity = id && ColumnTypes.isIdentity(javaType)
					&& (attribute == null || attribute.sqlType() == null);
			String defaultValue = defaultValue(name, attribute);
			if (defaultValue == null && id && javaType == UUID.class) {
				defaultValue = ColumnTypes.UUID_DEFAULT;
			}
			String renamedFrom = (attribute != null) ? attribute.renamedFrom() : null;
			if (renamedFrom != null && !Identifiers.isSafe(renamedFrom)) {
				problem(this.model + ".attribute(\"" + name + "\", renamedFrom(\"" + renamedFrom + "\")) is "
						+ Identifiers.whyUnsafe(renamedFrom),
						"Give the previous column name: " + Identifiers.RULE + ".");
			}
			MappedColumn mapped = new MappedColumn(name, javaType,
					new Column(column, type, !notNull, defaultValue, identity),
					id || (attribute != null && attribute.unique()),
					reference ? property.getAssociationTargetType() : null, renamedFrom);
			this.columns.add(mapped);
			if (id) {
				this.id = mapped;
			}
			if (property.isWritable()) {
				this.writableColumns.put(column, name);
			}
		}

		private String type(String name, Class<?> javaType, boolean reference,
				@Nullable AttributeDefinition attribute) {
			String sqlType = (attribute != null) ? attribute.sqlType() : null;
			Integer length = (attribute != null) ? attribute.length() : null;
			if (sqlType != null) {
				if (!ColumnTypes.isAcceptableType(sqlType)) {
					problem(this.model + ".attribute(\"" + name + "\", sqlType(\"" + sqlType
							+ "\")) is not a column type the starter accepts",
							"Give a type such as varchar(40), numeric(10,2), timestamp with time zone or text[].");
				}
				return sqlType;
			}
			if (length != null) {
				if (javaType != String.class || length < 1) {
					problem(this.model + ".attribute(\"" + name + "\", length(" + length
							+ ")) needs a String property and a positive length",
							"Use length(n) with n > 0 on String properties only, or sqlType(...) otherwise.");
				}
				return "varchar(" + length + ")";
			}
			String type = ColumnTypes.of(javaType);
			if (type == null) {
				if (reference) {
					problem(this.model + "." + name + " is an AggregateReference whose id type is not known",
							"Declare both type arguments, such as AggregateReference<User, Long>.");
				}
				else {
					problem(this.model + "." + name + " has type " + javaType.getName()
							+ ", which has no PostgreSQL column type",
							"Give it one with attribute(\"" + name + "\", sqlType(\"...\")), or change its type.");
				}
				return "unknown";
			}
			return type;
		}

		private @Nullable String defaultValue(String name, @Nullable AttributeDefinition attribute) {
			String defaultValue = (attribute != null) ? attribute.defaultValue() : null;
			if (defaultValue != null && !ColumnTypes.isAcceptableDefault(defaultValue)) {
				problem(this.model + ".attribute(\"" + name + "\", defaultValue(\"" + defaultValue
						+ "\")) is not a default the starter accepts",
						"Give a number, a string literal in single quotes, true, false, null, current_date, "
								+ "current_timestamp or a call without arguments such as now(), optionally cast with ::type.");
			}
			return defaultValue;
		}

		private void problem(String description, String action) {
			ModelTableReader.this.problems.add(description, action);
		}

	}

}
