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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.associations.model.AssociationDefinition;
import io.github.associations.model.AssociationKind;
import org.jspecify.annotations.Nullable;

/**
 * Checks each declared association and pairs the hasOne and belongsTo declarations that
 * describe the same foreign key. Declarations are taken in a canonical order, so that the
 * order of beans never decides anything.
 */
final class AssociationPairing {

	private static final Comparator<Declaration> ORDER = Comparator.comparing(Declaration::describe);

	private final Map<Class<?>, ModelTable> tables;

	private final Problems problems;

	AssociationPairing(Map<Class<?>, ModelTable> tables, Problems problems) {
		this.tables = tables;
		this.problems = problems;
	}

	/**
	 * Check every declaration on its own: its target, its name, its explicit foreign key
	 * and key.
	 * @return the declarations that can be paired, in canonical order
	 */
	List<Declaration> declarations() {
		List<Declaration> declarations = new ArrayList<>();
		for (ModelTable source : this.tables.values()) {
			for (AssociationDefinition definition : source.definition().getAssociations()) {
				Declaration declaration = declaration(source, definition);
				if (declaration != null) {
					declarations.add(declaration);
				}
			}
		}
		declarations.sort(ORDER);
		checkNamesAreUnique(declarations);
		return declarations;
	}

	private @Nullable Declaration declaration(ModelTable source, AssociationDefinition definition) {
		String as = (definition.as() != null) ? definition.as()
				: SchemaNames.defaultAs(definition.target().getSimpleName(), definition.kind());
		String described = Declaration.describe(source.model() + "." + as, definition.describe(source.model()),
				source.declared().source());
		ModelTable target = this.tables.get(definition.target());
		if (target == null) {
			this.problems.add(described + ": " + definition.target().getSimpleName() + " is not a defined model",
					"Declare a ModelDefinition<" + definition.target().getSimpleName()
							+ "> bean, or remove the association.");
			return null;
		}
		Declaration declaration = new Declaration(source, definition, target, as);
		if (!Identifiers.isSafe(as)) {
			this.problems.add(described + ": the name \"" + as + "\" is " + Identifiers.whyUnsafe(as),
					"Give the association a name with as(...): " + Identifiers.RULE + ".");
		}
		checkColumn(described, "foreign key", definition.foreignKey());
		checkColumn(described, "otherKey", definition.otherKey());
		String through = definition.through();
		String throughProblem = (through != null) ? Identifiers.tableProblem(through) : null;
		if (throughProblem != null) {
			this.problems.add(described + ": the junction table \"" + through + "\" is " + throughProblem,
					"Name the junction table with through(...): " + Identifiers.TABLE_RULE + ".");
		}
		if (source == target) {
			checkSelfAssociation(declaration, described);
		}
		if (definition.kind() == AssociationKind.BELONGS_TO_MANY) {
			checkKey(source, definition.key(), "sourceKey", described);
			checkKey(target, definition.targetKey(), "targetKey", described);
		}
		else {
			checkKey(declaration.referenced(), definition.key(), definition.keyOption(), described);
		}
		return declaration;
	}

	private void checkColumn(String described, String option, @Nullable String column) {
		String problem = (column != null) ? Identifiers.columnProblem(column) : null;
		if (problem != null) {
			this.problems.add(described + ": the " + option + " column \"" + column + "\" is " + problem,
					"Name the column: " + Identifiers.COLUMN_RULE + ".");
		}
	}

	private void checkSelfAssociation(Declaration declaration, String described) {
		AssociationDefinition definition = declaration.definition();
		boolean junction = definition.kind() == AssociationKind.BELONGS_TO_MANY;
		boolean needsForeignKey = (declaration.targetHoldsForeignKey() || junction) && definition.foreignKey() == null;
		String missing = (definition.as() == null) ? "as"
				: (needsForeignKey ? "foreignKey" : ((junction && definition.otherKey() == null) ? "otherKey" : null));
		if (missing != null) {
			String model = declaration.source().model();
			String example = switch (definition.kind()) {
				case HAS_ONE -> "hasOne(" + model + ".class, as(\"mentee\"), foreignKey(\"mentor_id\"))";
				case HAS_MANY -> "hasMany(" + model + ".class, as(\"mentees\"), foreignKey(\"mentor_id\"))";
				case BELONGS_TO -> "belongsTo(" + model + ".class, as(\"mentor\"))";
				case BELONGS_TO_MANY -> "belongsToMany(" + model
						+ ".class, as(\"followers\"), through(\"follows\"), foreignKey(\"followee_id\"), "
						+ "otherKey(\"follower_id\"))";
			};
			String options = junction ? "as(...), foreignKey(...) and otherKey(...)"
					: ("as(...)" + (declaration.targetHoldsForeignKey() ? " and foreignKey(...)" : ""));
			this.problems.add(described + " associates " + model + " with itself without an explicit " + missing,
					"Declare " + options + " on a self-association, such as " + example + ".");
		}
	}

	private void checkKey(ModelTable referenced, @Nullable String key, String keyOption, String described) {
		if (key == null) {
			return;
		}
		Optional<MappedColumn> column = referenced.columnOfProperty(key);
		String option = keyOption + "(\"" + key + "\")";
		if (column.isEmpty()) {
			this.problems.add(
					described + ": " + option + " names no property of " + referenced.model() + " that maps a column",
					"Name one of " + referenced.mappedProperties() + ".");
		}
		else if (!column.get().unique()) {
			this.problems.add(
					described + ": " + option + " names " + referenced.model() + "." + key + ", which is not unique",
					"Declare it unique with ModelDefinition.of(" + referenced.model() + ".class).attribute(\"" + key
							+ "\", unique()), or reference the id.");
		}
	}

	/**
	 * Return whether declarations would put their foreign keys into one table for the
	 * same pair of models, where a name of their own does not give them columns of their
	 * own.
	 */
	private static boolean linkSamePair(List<Declaration> declarations) {
		return declarations.stream()
			.map((declaration) -> declaration.definition().kind() + " " + declaration.target().model())
			.distinct()
			.count() == 1;
	}

	private void checkNamesAreUnique(List<Declaration> declarations) {
		Map<String, List<Declaration>> byName = new TreeMap<>();
		for (Declaration declaration : declarations) {
			byName.computeIfAbsent(declaration.source().model() + "." + declaration.as(), (name) -> new ArrayList<>())
				.add(declaration);
		}
		byName.forEach((name, named) -> {
			if (named.size() > 1) {
				this.problems.add(
						named.size() + " associations are named " + name + ": "
								+ named.stream().map(Declaration::describe).collect(Collectors.joining(" and ")),
						"Give each association of " + named.get(0).source().model() + " its own name with as(...)"
								+ (linkSamePair(named) ? ", and each its own foreign key column with foreignKey(...), "
										+ "because they link the same two models" : "")
								+ ".");
			}
		});
	}

	/**
	 * Pair the declarations that link the same two models: a lone hasOne or hasMany and a
	 * lone belongsTo pair; among several, explicit foreign keys decide. A belongsToMany
	 * has a junction of its own instead: see {@link JunctionResolver}.
	 * @param declarations the checked declarations
	 * @return the links, one per foreign key
	 */
	List<Link> pair(List<Declaration> declarations) {
		Map<String, List<Declaration>> groups = new TreeMap<>();
		for (Declaration declaration : declarations) {
			if (declaration.definition().kind() == AssociationKind.BELONGS_TO_MANY) {
				continue;
			}
			String group = declaration.referenced().model() + " <- " + declaration.holder().model() + " "
					+ declaration.referenced().type().getName() + " " + declaration.holder().type().getName();
			groups.computeIfAbsent(group, (name) -> new ArrayList<>()).add(declaration);
		}
		List<Link> links = new ArrayList<>();
		groups.values().forEach((group) -> links.addAll(pairGroup(group)));
		return links;
	}

	private List<Link> pairGroup(List<Declaration> group) {
		List<Declaration> haves = group.stream().filter(Declaration::targetHoldsForeignKey).toList();
		List<Declaration> belongsTos = new ArrayList<>(
				group.stream().filter((declaration) -> !declaration.targetHoldsForeignKey()).toList());
		List<Link> links = new ArrayList<>();
		if (haves.size() <= 1 && belongsTos.size() <= 1) {
			links.add(new Link(haves.isEmpty() ? null : haves.get(0), belongsTos.isEmpty() ? null : belongsTos.get(0)));
			return links;
		}
		List<Declaration> withoutForeignKey = new ArrayList<>();
		for (Declaration has : haves) {
			String foreignKey = has.definition().foreignKey();
			if (foreignKey == null) {
				withoutForeignKey.add(has);
				continue;
			}
			Declaration match = belongsTos.stream()
				.filter((belongsTo) -> foreignKey.equals(pairingColumn(belongsTo)))
				.findFirst()
				.orElse(null);
			belongsTos.remove(match);
			links.add(new Link(has, match));
		}
		if (withoutForeignKey.size() == 1 && belongsTos.size() == 1) {
			links.add(new Link(withoutForeignKey.remove(0), belongsTos.remove(0)));
		}
		else if (!belongsTos.isEmpty() && !withoutForeignKey.isEmpty()) {
			String candidates = belongsTos.stream().map(Declaration::describe).collect(Collectors.joining(" and "));
			for (Declaration has : withoutForeignKey) {
				this.problems.add(has.describe() + " could pair with several declarations: " + candidates, "Give "
						+ has.definition().describe(has.source().model())
						+ " a foreignKey(...) naming the column of the belongsTo it pairs with, such as foreignKey(\""
						+ pairingColumn(belongsTos.get(0)) + "\").");
			}
			return links;
		}
		withoutForeignKey.forEach((has) -> links.add(new Link(has, null)));
		belongsTos.forEach((belongsTo) -> links.add(new Link(null, belongsTo)));
		return links;
	}

	/**
	 * Return the foreign key column a belongsTo names by itself: its explicit foreign
	 * key, else its name followed by the referenced key column.
	 */
	private static String pairingColumn(Declaration belongsTo) {
		String foreignKey = belongsTo.definition().foreignKey();
		return (foreignKey != null) ? foreignKey : SchemaNames.foreignKeyColumn(belongsTo.as(), keyColumn(belongsTo));
	}

	static String keyColumn(Declaration declaration) {
		String key = declaration.definition().key();
		ModelTable referenced = declaration.referenced();
		MappedColumn column = (key != null) ? referenced.columnOfProperty(key).orElse(null) : referenced.id();
		return Objects.requireNonNull(column, "key column").name();
	}

}
