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
import java.util.List;
import java.util.Objects;

import io.github.associations.model.AssociationKind;
import io.github.associations.model.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * Assembles the table of one junction from the declarations that agree on it: its two key
 * columns, {@code NOT NULL}, in the order of the models' names, each a foreign key that
 * cascades; the pair its primary key and the second column indexed; or, for a junction
 * model with its own id, that id the primary key, the pair unique and both columns
 * indexed. A junction model's other columns are the junction's too.
 */
final class JunctionAssembler {

	private final TableName junction;

	private final List<JunctionSide> sides;

	private final Problems problems;

	JunctionAssembler(TableName junction, List<JunctionSide> sides, Problems problems) {
		this.junction = junction;
		this.sides = sides;
		this.problems = problems;
	}

	ResolvedJunction assemble() {
		JunctionSide first = this.sides.get(0);
		List<KeyColumn> keys = new ArrayList<>(
				List.of(new KeyColumn(first.sourceColumn(), first.declaration().source(), first.sourceKey()),
						new KeyColumn(first.targetColumn(), first.declaration().target(), first.targetKey())));
		keys.sort(Comparator.comparing((KeyColumn key) -> key.model().model()).thenComparing(KeyColumn::column));
		ModelTable model = first.model();
		MappedColumn id = (model != null) ? model.id() : null;
		if (model != null && id != null) {
			checkId(model, id, keys);
		}
		List<Column> columns = new ArrayList<>();
		if (id != null) {
			columns.add(id.column());
		}
		List<ForeignKey> foreignKeys = new ArrayList<>();
		for (KeyColumn key : keys) {
			columns.add(new Column(key.column(), key.key().column().type(), false, null, false));
			foreignKeys.add(new ForeignKey(SchemaNames.foreignKey(this.junction, key.column()), this.junction,
					key.column(), key.model().name(), key.key().name(), false, false, ReferentialAction.CASCADE,
					ReferentialAction.CASCADE, true));
		}
		List<String> pair = keys.stream().map(KeyColumn::column).toList();
		List<UniqueConstraint> uniques = new ArrayList<>();
		if (model != null) {
			for (MappedColumn mapped : model.columns()) {
				KeyColumn key = keys.stream()
					.filter((candidate) -> candidate.column().equals(mapped.name()))
					.findFirst()
					.orElse(null);
				if (key != null) {
					checkKeyProperty(model, mapped, key);
				}
				else if (mapped != id) {
					columns.add(mapped.column());
					if (mapped.unique()) {
						uniques.add(unique(List.of(mapped.name())));
					}
				}
			}
		}
		PrimaryKey primaryKey;
		List<Index> indexes = new ArrayList<>();
		if (id != null) {
			primaryKey = new PrimaryKey(SchemaNames.primaryKey(this.junction), List.of(id.name()));
			uniques.add(unique(pair));
			pair.forEach((column) -> indexes.add(index(column)));
		}
		else {
			primaryKey = new PrimaryKey(SchemaNames.primaryKey(this.junction), pair);
			indexes.add(index(pair.get(1)));
		}
		Table table = new Table(this.junction, null, columns, primaryKey,
				uniques.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList(),
				indexes.stream().sorted(Comparator.comparing(Index::name)).toList(),
				foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList(), false,
				model != null && model.definition().hasTimestamps());
		return new ResolvedJunction(table, associations(pair, foreignKeys, model), first.renamedFrom());
	}

	private List<Association> associations(List<String> pair, List<ForeignKey> foreignKeys,
			@Nullable ModelTable model) {
		List<Association> associations = new ArrayList<>();
		for (JunctionSide side : this.sides) {
			ForeignKey source = foreignKeys.get(pair.indexOf(side.sourceColumn()));
			ForeignKey target = foreignKeys.get(pair.indexOf(side.targetColumn()));
			JunctionSide inverse = (this.sides.size() == 2) ? this.sides.get(1 - this.sides.indexOf(side)) : null;
			Declaration declaration = side.declaration();
			associations.add(new Association(AssociationKind.BELONGS_TO_MANY, declaration.source().type(),
					declaration.target().type(), declaration.as(), source,
					Objects.requireNonNull(side.sourceKey().property()), null, false,
					(inverse != null) ? inverse.declaration().as() : null, declaration.declaredBy(),
					new Junction(source, target, Objects.requireNonNull(side.targetKey().property()),
							(model != null) ? model.type() : null)));
		}
		return associations;
	}

	/**
	 * Check that a junction model's property on a key column holds the key: of the key's
	 * type, or a reference to the key's model.
	 */
	private void checkKeyProperty(ModelTable model, MappedColumn property, KeyColumn key) {
		Class<?> keyType = ColumnTypes.boxed(key.key().javaType());
		boolean reference = property.referencedModel() == key.model().type();
		if (!reference && (property.referencedModel() != null || ColumnTypes.boxed(property.javaType()) != keyType)) {
			this.problems.add(
					model.model() + "." + property.property() + " maps the key column " + this.junction + "."
							+ key.column() + " with type " + property.javaType().getSimpleName() + ", but "
							+ key.model().model() + "." + key.key().property() + " is " + keyType.getSimpleName(),
					"Give " + model.model() + "." + property.property() + " the type " + keyType.getSimpleName()
							+ ", or map it to another column with @Column.");
		}
	}

	/**
	 * Check that a junction model's own id is a column of its own, that the database
	 * generates: links are written without one.
	 */
	private void checkId(ModelTable model, MappedColumn id, List<KeyColumn> keys) {
		if (keys.stream().anyMatch((key) -> key.column().equals(id.name()))) {
			this.problems.add(
					model.model() + "." + id.property() + " is the id of the junction model and maps the key column "
							+ this.junction + "." + id.name(),
					"Remove @Id from it: without an id of its own, the pair of key columns is the primary key.");
		}
		else if (!id.column().identity() && id.column().defaultValue() == null) {
			this.problems.add(
					model.model() + "." + id.property() + " is the id of the junction model, but the database does not "
							+ "generate it",
					"Give it a type the database generates (Long, Integer or UUID), or remove @Id.");
		}
	}

	private UniqueConstraint unique(List<String> columns) {
		return new UniqueConstraint(SchemaNames.unique(this.junction, columns), columns);
	}

	private Index index(String column) {
		return new Index(SchemaNames.index(this.junction, List.of(column)), List.of(column));
	}

	/**
	 * A key column of a junction, with the model and key it references.
	 */
	private record KeyColumn(String column, ModelTable model, MappedColumn key) {

	}

}
