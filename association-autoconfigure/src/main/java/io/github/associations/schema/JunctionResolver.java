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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.associations.model.AssociationDefinition;
import io.github.associations.model.AssociationKind;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the belongsToMany declarations into junction tables: the declarations that
 * name one junction pair into one table, whose two key columns reference the two models'
 * keys, {@code NOT NULL}, cascading, the pair the primary key, the second column indexed.
 */
final class JunctionResolver {

	private final Set<TableName> modelTables;

	private final Map<Class<?>, ModelTable> junctionModels;

	private final Problems problems;

	JunctionResolver(Collection<ModelTable> tables, Map<Class<?>, ModelTable> junctionModels, Problems problems) {
		this.modelTables = tables.stream().map(ModelTable::name).collect(Collectors.toSet());
		this.junctionModels = junctionModels;
		this.problems = problems;
	}

	/**
	 * Resolve the junctions of the belongsToMany declarations among the given ones.
	 * @param declarations the checked declarations of every kind
	 * @return the junction tables with their associations
	 */
	List<ResolvedJunction> resolve(List<Declaration> declarations) {
		Map<TableName, List<JunctionSide>> byJunction = new TreeMap<>();
		for (Declaration declaration : declarations) {
			if (declaration.definition().kind() == AssociationKind.BELONGS_TO_MANY) {
				JunctionSide side = side(declaration);
				if (side != null) {
					byJunction.computeIfAbsent(side.junction(), (name) -> new ArrayList<>()).add(side);
				}
			}
		}
		List<ResolvedJunction> resolved = new ArrayList<>();
		byJunction.forEach((junction, sides) -> {
			if (this.modelTables.contains(junction)) {
				this.problems.add(
						sides.stream().map((side) -> side.declaration().describe()).collect(Collectors.joining(" and "))
								+ ": the junction table " + junction + " is also the table of a model",
						"Name another junction table with through(...).");
			}
			else if (agree(junction, sides)) {
				resolved.add(new JunctionAssembler(junction, sides, this.problems).assemble());
			}
		});
		return resolved;
	}

	private @Nullable JunctionSide side(Declaration declaration) {
		AssociationDefinition definition = declaration.definition();
		MappedColumn sourceKey = key(declaration.source(), definition.key());
		MappedColumn targetKey = key(declaration.target(), definition.targetKey());
		if (sourceKey == null || targetKey == null || sourceKey.property() == null || targetKey.property() == null) {
			return null;
		}
		if (declaration.source().propertyNames().contains(declaration.as())) {
			this.problems.add(
					declaration.describe() + ": the association name " + declaration.as() + " is also a property of "
							+ declaration.source().model(),
					"Give the association another name with as(...), or rename the property.");
		}
		String sourceColumn = Objects.requireNonNullElseGet(definition.foreignKey(),
				() -> column(declaration.source(), sourceKey));
		String targetColumn = Objects.requireNonNullElseGet(definition.otherKey(),
				() -> column(declaration.target(), targetKey));
		if (sourceColumn.equals(targetColumn)) {
			this.problems.add(declaration.describe() + ": both key columns of the junction are named " + sourceColumn,
					"Name them apart with foreignKey(...) and otherKey(...).");
			return null;
		}
		Class<?> throughModel = definition.throughModel();
		ModelTable model = (throughModel != null) ? this.junctionModels.get(throughModel) : null;
		if (throughModel != null && model == null) {
			return null;
		}
		TableName junction = (model != null) ? model.name() : junctionName(declaration, false);
		TableName previous = (model != null) ? junction : junctionName(declaration, true);
		return new JunctionSide(declaration, junction, sourceKey, sourceColumn, targetKey, targetColumn, model,
				previous.equals(junction) ? null : previous.name());
	}

	private static @Nullable MappedColumn key(ModelTable table, @Nullable String property) {
		return (property != null) ? table.columnOfProperty(property).orElse(null) : table.id();
	}

	private static String column(ModelTable model, MappedColumn key) {
		return SchemaNames.foreignKeyColumn(model.model(), key.name());
	}

	/**
	 * Return the junction a declaration names, or the two tables' names in alphabetical
	 * order joined by {@code _}; in the models' schema when they share one.
	 * @param previous whether to name it after the tables' previous names, where they
	 * were renamed
	 */
	private static TableName junctionName(Declaration declaration, boolean previous) {
		TableName source = declaration.source().name();
		TableName target = declaration.target().name();
		String schema = Objects.equals(source.schema(), target.schema()) ? source.schema() : null;
		String through = declaration.definition().through();
		if (through != null) {
			return new TableName(schema, through);
		}
		List<String> names = new ArrayList<>(List.of(previous ? previousName(declaration.source()) : source.name(),
				previous ? previousName(declaration.target()) : target.name()));
		names.sort(Comparator.naturalOrder());
		return new TableName(schema, String.join("_", names));
	}

	private static String previousName(ModelTable table) {
		return Objects.requireNonNullElse(table.definition().getRenamedFrom(), table.name().name());
	}

	/**
	 * Check that the declarations of one junction are at most two, and inverse: each
	 * one's source the other's target, with the same columns swapped.
	 */
	private boolean agree(TableName junction, List<JunctionSide> sides) {
		if (sides.size() == 1) {
			return true;
		}
		if (sides.size() == 2 && sides.get(0).isInverseOf(sides.get(1))) {
			return true;
		}
		this.problems.add(
				sides.stream().map(JunctionSide::describe).collect(Collectors.joining(" and "))
						+ " share the junction table " + junction + " but do not agree",
				"A junction links two models: declare at most one belongsToMany on each side, through the same "
						+ "table (or junction model) with the same columns swapped (foreignKey on one side is otherKey "
						+ "on the other), or give each association its own table with through(...).");
		return false;
	}

}
