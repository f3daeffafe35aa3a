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
import io.github.associations.model.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the belongsToMany declarations into junction tables: the declarations that
 * name one junction pair into one table, whose two key columns reference the two models'
 * keys, {@code NOT NULL}, cascading, the pair the primary key, the second column indexed.
 */
final class JunctionResolver {

	private final Set<TableName> modelTables;

	private final Problems problems;

	JunctionResolver(Collection<ModelTable> tables, Problems problems) {
		this.modelTables = tables.stream().map(ModelTable::name).collect(Collectors.toSet());
		this.problems = problems;
	}

	/**
	 * Resolve the junctions of the belongsToMany declarations among the given ones.
	 * @param declarations the checked declarations of every kind
	 * @return the junction tables with their associations
	 */
	List<ResolvedJunction> resolve(List<Declaration> declarations) {
		Map<TableName, List<Side>> byJunction = new TreeMap<>();
		for (Declaration declaration : declarations) {
			if (declaration.definition().kind() == AssociationKind.BELONGS_TO_MANY) {
				Side side = side(declaration);
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
				resolved.add(resolve(junction, sides));
			}
		});
		return resolved;
	}

	private @Nullable Side side(Declaration declaration) {
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
		return new Side(declaration, junctionName(declaration, false), sourceKey, sourceColumn, targetKey,
				targetColumn);
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
	 * Return the previous name of a junction named after its tables, when one of them was
	 * renamed, so that the migration renames the junction too.
	 */
	private static @Nullable String renamedFrom(Side side) {
		TableName previous = junctionName(side.declaration(), true);
		return previous.equals(side.junction()) ? null : previous.name();
	}

	/**
	 * Check that the declarations of one junction are at most two, and inverse: each
	 * one's source the other's target, with the same columns swapped.
	 */
	private boolean agree(TableName junction, List<Side> sides) {
		if (sides.size() == 1) {
			return true;
		}
		if (sides.size() == 2 && sides.get(0).isInverseOf(sides.get(1))) {
			return true;
		}
		this.problems.add(
				sides.stream().map(Side::describe).collect(Collectors.joining(" and ")) + " share the junction table "
						+ junction + " but do not agree",
				"A junction links two models: declare at most one belongsToMany on each side, through the same "
						+ "table with the same columns swapped (foreignKey on one side is otherKey on the other), "
						+ "or give each association its own table with through(...).");
		return false;
	}

	private ResolvedJunction resolve(TableName junction, List<Side> sides) {
		Side first = sides.get(0);
		List<KeyColumn> keys = new ArrayList<>(
				List.of(new KeyColumn(first.sourceColumn(), first.declaration().source(), first.sourceKey()),
						new KeyColumn(first.targetColumn(), first.declaration().target(), first.targetKey())));
		keys.sort(Comparator.comparing((KeyColumn key) -> key.model().model()).thenComparing(KeyColumn::column));
		List<Column> columns = new ArrayList<>();
		List<ForeignKey> foreignKeys = new ArrayList<>();
		for (KeyColumn key : keys) {
			columns.add(new Column(key.column(), key.key().column().type(), false, null, false));
			foreignKeys.add(new ForeignKey(SchemaNames.foreignKey(junction, key.column()), junction, key.column(),
					key.model().name(), key.key().name(), false, false, ReferentialAction.CASCADE,
					ReferentialAction.CASCADE, true));
		}
		List<String> pair = keys.stream().map(KeyColumn::column).toList();
		String second = pair.get(1);
		Table table = new Table(junction, null, columns, new PrimaryKey(SchemaNames.primaryKey(junction), pair),
				List.of(), List.of(new Index(SchemaNames.index(junction, List.of(second)), List.of(second))),
				foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList(), false, false);
		List<Association> associations = new ArrayList<>();
		for (Side side : sides) {
			ForeignKey source = foreignKeys.get(pair.indexOf(side.sourceColumn()));
			ForeignKey target = foreignKeys.get(pair.indexOf(side.targetColumn()));
			Side inverse = (sides.size() == 2) ? sides.get(1 - sides.indexOf(side)) : null;
			Declaration declaration = side.declaration();
			associations.add(new Association(AssociationKind.BELONGS_TO_MANY, declaration.source().type(),
					declaration.target().type(), declaration.as(), source,
					Objects.requireNonNull(side.sourceKey().property()), null, false,
					(inverse != null) ? inverse.declaration().as() : null, declaration.declaredBy(),
					new Junction(source, target, Objects.requireNonNull(side.targetKey().property()))));
		}
		return new ResolvedJunction(table, associations, renamedFrom(first));
	}

	/**
	 * A junction table with the associations through it.
	 *
	 * @param table the junction table
	 * @param associations the associations through it
	 * @param renamedFrom its previous name, when it is named after tables that were
	 * renamed, or {@code null}
	 */
	record ResolvedJunction(Table table, List<Association> associations, @Nullable String renamedFrom) {

	}

	/**
	 * One belongsToMany declaration with its junction and key columns resolved.
	 */
	private record Side(Declaration declaration, TableName junction, MappedColumn sourceKey, String sourceColumn,
			MappedColumn targetKey, String targetColumn) {

		boolean isInverseOf(Side other) {
			return this.declaration.source() == other.declaration.target()
					&& this.declaration.target() == other.declaration.source()
					&& this.sourceColumn.equals(other.targetColumn) && this.targetColumn.equals(other.sourceColumn)
					&& this.sourceKey.equals(other.targetKey) && this.targetKey.equals(other.sourceKey);
		}

		String describe() {
			return this.declaration.describe() + " (columns " + this.sourceColumn + " -> "
					+ this.declaration.source().name() + "." + this.sourceKey.name() + ", " + this.targetColumn + " -> "
					+ this.declaration.target().name() + "." + this.targetKey.name() + ")";
		}

	}

	/**
	 * A key column of a junction, with the model and key it references.
	 */
	private record KeyColumn(String column, ModelTable model, MappedColumn key) {

	}

}
