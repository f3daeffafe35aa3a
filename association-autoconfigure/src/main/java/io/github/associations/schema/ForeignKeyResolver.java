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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.associations.model.AssociationDefinition;
import io.github.associations.model.AssociationKind;
import io.github.associations.model.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * Resolves each link into one foreign key: merges the options of both sides (two
 * explicit, different values conflict), fills in the defaults, finds the property that
 * maps the foreign key column, and checks what the database could not accept.
 */
final class ForeignKeyResolver {

	private final Problems problems;

	ForeignKeyResolver(Problems problems) {
		this.problems = problems;
	}

	List<ResolvedForeignKey> resolve(List<Link> links) {
		Map<String, Integer> linksPerGroup = new LinkedHashMap<>();
		links.forEach((link) -> linksPerGroup.merge(group(link), 1, Integer::sum));
		List<ResolvedForeignKey> resolved = new ArrayList<>();
		Map<String, Link> columnOwners = new LinkedHashMap<>();
		for (Link link : links) {
			ResolvedForeignKey foreignKey = resolve(link, linksPerGroup.get(group(link)) == 1);
			if (foreignKey == null) {
				continue;
			}
			Link owner = columnOwners.putIfAbsent(foreignKey.foreignKey().table() + "." + foreignKey.column().name(),
					link);
			if (owner != null) {
				this.problems.add(
						owner.describe() + " and " + link.describe() + " both use column "
								+ foreignKey.foreignKey().table() + "." + foreignKey.column().name(),
						"Give them distinct foreignKey(...) columns, or declare the two sides of one association "
								+ "so that they pair into one foreign key.");
			}
			resolved.add(foreignKey);
		}
		return resolved;
	}

	private static String group(Link link) {
		return link.referenced().type().getName() + " <- " + link.holder().type().getName();
	}

	private @Nullable ResolvedForeignKey resolve(Link link, boolean aloneInGroup) {
		Declaration belongsTo = link.belongsTo();
		ModelTable referenced = link.referenced();
		ModelTable holder = link.holder();
		String key = merge(link, "sourceKey/targetKey", AssociationDefinition::key);
		MappedColumn keyColumn = (key != null) ? referenced.columnOfProperty(key).orElse(null) : referenced.id();
		String explicitColumn = merge(link, "foreignKey", AssociationDefinition::foreignKey);
		Boolean allowNull = merge(link, "allowNull", AssociationDefinition::allowNull);
		Boolean unique = merge(link, "unique", AssociationDefinition::unique);
		boolean toMany = link.has() != null && link.has().definition().kind() == AssociationKind.HAS_MANY;
		if (toMany && Boolean.TRUE.equals(unique)) {
			this.problems.add(link.describe() + ": unique(true) on a belongsTo paired with a hasMany",
					"Remove unique(true): a hasMany's foreign key is never unique; for at most one "
							+ link.holder().model() + " per " + link.referenced().model() + ", declare hasOne.");
		}
		ReferentialAction onDelete = merge(link, "onDelete", AssociationDefinition::onDelete);
		ReferentialAction onUpdate = merge(link, "onUpdate", AssociationDefinition::onUpdate);
		Boolean constraints = merge(link, "constraints", AssociationDefinition::constraints);
		if (keyColumn == null || keyColumn.property() == null) {
			return null;
		}
		String base = (belongsTo != null) ? belongsTo.as() : referenced.model();
		MappedColumn property = foreignKeyProperty(link, explicitColumn,
				SchemaNames.foreignKeyColumn(base, keyColumn.name()), aloneInGroup);
		String column = (property != null) ? property.name() : Objects.requireNonNullElseGet(explicitColumn,
				() -> SchemaNames.foreignKeyColumn(base, keyColumn.name()));
		String columnProblem = Identifiers.columnProblem(column);
		if (columnProblem != null) {
			this.problems.add(link.describe() + ": the foreign key column \"" + column + "\" is " + columnProblem,
					"Name the column with foreignKey(...): " + Identifiers.COLUMN_RULE + ".");
		}
		if (property != null) {
			checkPropertyType(link, property, keyColumn);
		}
		boolean nullable = (allowNull != null) ? allowNull : true;
		if (nullable && property != null && property.javaType().isPrimitive()) {
			this.problems.add(
					link.describe() + ": " + holder.model() + "." + property.property()
							+ " is primitive, so it cannot hold a missing reference",
					"Use a wrapper type such as Long, or declare allowNull(false).");
		}
		String defaultValue = (property != null) ? property.column().defaultValue() : null;
		ReferentialAction deleteAction = (onDelete != null) ? onDelete
				: (nullable ? ReferentialAction.SET_NULL : ReferentialAction.CASCADE);
		ReferentialAction updateAction = (onUpdate != null) ? onUpdate : ReferentialAction.CASCADE;
		checkAction(link, "onDelete", deleteAction, nullable, defaultValue, column);
		checkAction(link, "onUpdate", updateAction, nullable, defaultValue, column);
		TableName table = holder.name();
		ForeignKey foreignKey = new ForeignKey(SchemaNames.foreignKey(table, column), table, column, referenced.name(),
				keyColumn.name(), nullable, !toMany && ((unique != null) ? unique : true), deleteAction, updateAction,
				(constraints != null) ? constraints : true);
		Column definition = new Column(column, keyColumn.column().type(), nullable, defaultValue, false);
		String propertyName = (property != null) ? property.property() : null;
		return new ResolvedForeignKey(foreignKey, definition,
				associations(link, foreignKey, Objects.requireNonNull(keyColumn.property()), propertyName));
	}

	/**
	 * Return the declared sides of a link as associations of its foreign key.
	 */
	private List<Association> associations(Link link, ForeignKey foreignKey, String keyProperty,
			@Nullable String propertyName) {
		Declaration has = link.has();
		Declaration belongsTo = link.belongsTo();
		List<Association> associations = new ArrayList<>();
		if (has != null) {
			checkNameClash(has, propertyName);
			AssociationDefinition definition = has.definition();
			Boolean destroy = (definition.kind() == AssociationKind.HAS_MANY) ? definition.destroyRemoved()
					: definition.destroyPrevious();
			associations
				.add(new Association(definition.kind(), link.referenced().type(), link.holder().type(), has.as(),
						foreignKey, keyProperty, propertyName, !foreignKey.nullable() || Boolean.TRUE.equals(destroy),
						(belongsTo != null) ? belongsTo.as() : null, has.declaredBy(), null));
		}
		if (belongsTo != null) {
			checkNameClash(belongsTo, propertyName);
			associations.add(new Association(AssociationKind.BELONGS_TO, link.holder().type(), link.referenced().type(),
					belongsTo.as(), foreignKey, keyProperty, propertyName, false, (has != null) ? has.as() : null,
					belongsTo.declaredBy(), null));
		}
		return associations;
	}

	private <V> @Nullable V merge(Link link, String option, Function<AssociationDefinition, @Nullable V> value) {
		V fromHas = (link.has() != null) ? value.apply(link.has().definition()) : null;
		V fromBelongsTo = (link.belongsTo() != null) ? value.apply(link.belongsTo().definition()) : null;
		if (fromHas != null && fromBelongsTo != null && !fromHas.equals(fromBelongsTo)) {
			this.problems.add(
					link.has().describe() + " and " + link.belongsTo().describe() + " disagree on " + option + ": "
							+ fromHas + " and " + fromBelongsTo,
					"Give " + option + " on one side only, or the same value on both.");
		}
		return (fromHas != null) ? fromHas : fromBelongsTo;
	}

	/**
	 * Find the property of the foreign key's entity that maps the foreign key column: the
	 * property of the explicit or derived column, else the entity's only
	 * {@code AggregateReference} to the referenced model when this link is the only one
	 * between the two models.
	 */
	private @Nullable MappedColumn foreignKeyProperty(Link link, @Nullable String explicitColumn, String derivedColumn,
			boolean aloneInGroup) {
		ModelTable holder = link.holder();
		List<MappedColumn> references = holder.aggregateReferencesTo(link.referenced().type());
		MappedColumn reference = (aloneInGroup && references.size() == 1) ? references.get(0) : null;
		String column = (explicitColumn != null) ? explicitColumn : derivedColumn;
		MappedColumn named = holder.columnNamed(column).orElse(null);
		if (named != null) {
			if (named.property() == null || named == holder.id()) {
				this.problems.add(
						link.describe() + ": the foreign key column " + holder.name() + "." + column + " is "
								+ ((named.property() == null) ? "a timestamp" : "the id of " + holder.model()),
						"Name another column with foreignKey(...).");
				return null;
			}
			return named;
		}
		if (reference != null && explicitColumn != null) {
			this.problems.add(
					link.describe() + ": " + holder.model() + "." + reference.property() + " maps column "
							+ reference.name() + ", but foreignKey(\"" + explicitColumn + "\") names another column",
					"Remove foreignKey(...), or map the property to the column with @Column(\"" + explicitColumn
							+ "\").");
			return null;
		}
		return reference;
	}

	private void checkPropertyType(Link link, MappedColumn property, MappedColumn keyColumn) {
		ModelTable holder = link.holder();
		Class<?> referencedModel = property.referencedModel();
		if (referencedModel != null && referencedModel != link.referenced().type()) {
			this.problems.add(
					link.describe() + ": " + holder.model() + "." + property.property()
							+ " maps the foreign key column but references " + referencedModel.getSimpleName(),
					"Declare it as AggregateReference<" + link.referenced().model() + ", "
							+ ColumnTypes.boxed(keyColumn.javaType()).getSimpleName() + ">.");
		}
		else if (ColumnTypes.boxed(property.javaType()) != ColumnTypes.boxed(keyColumn.javaType())) {
			this.problems.add(
					link.describe() + ": " + holder.model() + "." + property.property()
							+ " maps the foreign key column with type " + property.javaType().getSimpleName() + ", but "
							+ link.referenced().model() + "." + keyColumn.property() + " is "
							+ keyColumn.javaType().getSimpleName(),
					"Give " + holder.model() + "." + property.property() + " the type "
							+ ColumnTypes.boxed(keyColumn.javaType()).getSimpleName() + ".");
		}
	}

	private void checkAction(Link link, String option, ReferentialAction action, boolean nullable,
			@Nullable String defaultValue, String column) {
		if (action == ReferentialAction.SET_NULL && !nullable) {
			this.problems.add(link.describe() + ": " + option + "(SET_NULL) on the NOT NULL foreign key " + column,
					"Use CASCADE, RESTRICT or NO_ACTION, or allow NULL with allowNull(true).");
		}
		if (action == ReferentialAction.SET_DEFAULT && defaultValue == null) {
			this.problems.add(
					link.describe() + ": " + option + "(SET_DEFAULT) on the foreign key " + column
							+ ", which has no default",
					"Map the column with a property and give it attribute(..., defaultValue(...)), or use another action.");
		}
	}

	private static boolean isReferenceTo(ModelTable table, String property, ModelTable target) {
		return table.columnOfProperty(property)
			.map((column) -> column.referencedModel() == target.type())
			.orElse(false);
	}

	/**
	 * An association name must not be the name of a property of its source, unless that
	 * property maps the association's own foreign key.
	 */
	private void checkNameClash(Declaration declaration, @Nullable String foreignKeyProperty) {
		boolean clash = declaration.source().propertyNames().contains(declaration.as());
		boolean isForeignKeyProperty = !declaration.targetHoldsForeignKey()
				&& (declaration.as().equals(foreignKeyProperty)
						|| isReferenceTo(declaration.source(), declaration.as(), declaration.target()));
		if (clash && !isForeignKeyProperty) {
			this.problems.add(
					declaration.describe() + ": the association name " + declaration.as() + " is also a property of "
							+ declaration.source().model(),
					"Give the association another name with as(...), or rename the property.");
		}
	}

}
