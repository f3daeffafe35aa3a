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

package io.github.associations.model;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * One association as a model definition declares it: its kind, its target and the options
 * given explicitly. An option left out is {@code null} here; its default is filled in
 * after the two sides of an association are paired, so that only explicit values can
 * conflict.
 *
 * @param kind hasOne, hasMany, belongsTo or belongsToMany
 * @param target the target entity type
 * @param as the association name, or {@code null} for the default
 * @param foreignKey the foreign key column, or {@code null} for the default
 * @param allowNull whether the foreign key is nullable, or {@code null} for the default
 * @param unique whether the foreign key is unique, or {@code null} for the default
 * @param key the referenced key property (sourceKey of a hasOne, hasMany or
 * belongsToMany, targetKey of a belongsTo), or {@code null} for the id
 * @param onDelete the referential action on delete, or {@code null} for the default
 * @param onUpdate the referential action on update, or {@code null} for the default
 * @param constraints whether to create the foreign key constraint, or {@code null} for
 * the default
 * @param destroyPrevious whether a replaced hasOne target is deleted, or {@code null} for
 * the default
 * @param destroyRemoved whether the targets removed from a hasMany are deleted, or
 * {@code null} for the default
 * @param targetKey the target's key property that a belongsToMany's junction references,
 * or {@code null} for the id
 * @param through the junction table of a belongsToMany, or {@code null} for the default
 * or when a junction model names it
 * @param otherKey the junction's column referencing a belongsToMany's target, or
 * {@code null} for the default
 * @param throughModel the junction model of a belongsToMany, or {@code null} for a
 * junction of two key columns
 */
public record AssociationDefinition(AssociationKind kind, Class<?> target, @Nullable String as,
		@Nullable String foreignKey, @Nullable Boolean allowNull, @Nullable Boolean unique, @Nullable String key,
		@Nullable ReferentialAction onDelete, @Nullable ReferentialAction onUpdate, @Nullable Boolean constraints,
		@Nullable Boolean destroyPrevious, @Nullable Boolean destroyRemoved, @Nullable String targetKey,
		@Nullable String through, @Nullable String otherKey, @Nullable Class<?> throughModel) {

	static AssociationDefinition of(String source, AssociationKind kind, Class<?> target,
			List<AssociationOption> options) {
		Map<AssociationOption.Name, Object> values = Option.values(AssociationOption.Name.class, options,
				(name) -> new InvalidModelException(source + "." + kind.method() + "(" + target.getSimpleName()
						+ ") gives the option " + name.label() + " twice",
						"Give each option of an association at most once."));
		if (kind == AssociationKind.HAS_MANY && values.containsKey(AssociationOption.Name.UNIQUE)) {
			throw new InvalidModelException(
					source + ".hasMany(" + target.getSimpleName() + ") gives the option unique, but the foreign key "
							+ "of a hasMany is never unique",
					"Remove unique(...); for at most one " + target.getSimpleName() + " per " + source
							+ ", declare hasOne instead.");
		}
		if (kind == AssociationKind.BELONGS_TO_MANY) {
			checkJunctionOptions(source, target, values);
		}
		AssociationOption.Name keyName = (kind == AssociationKind.BELONGS_TO) ? AssociationOption.Name.TARGET_KEY
				: AssociationOption.Name.SOURCE_KEY;
		return new AssociationDefinition(kind, target, (String) values.get(AssociationOption.Name.AS),
				(String) values.get(AssociationOption.Name.FOREIGN_KEY),
				(Boolean) values.get(AssociationOption.Name.ALLOW_NULL),
				(Boolean) values.get(AssociationOption.Name.UNIQUE), (String) values.get(keyName),
				(ReferentialAction) values.get(AssociationOption.Name.ON_DELETE),
				(ReferentialAction) values.get(AssociationOption.Name.ON_UPDATE),
				(Boolean) values.get(AssociationOption.Name.CONSTRAINTS),
				(Boolean) values.get(AssociationOption.Name.DESTROY_PREVIOUS),
				(Boolean) values.get(AssociationOption.Name.DESTROY_REMOVED),
				(kind == AssociationKind.BELONGS_TO_MANY) ? (String) values.get(AssociationOption.Name.TARGET_KEY)
						: null,
				(values.get(AssociationOption.Name.THROUGH) instanceof String table) ? table : null,
				(String) values.get(AssociationOption.Name.OTHER_KEY),
				(values.get(AssociationOption.Name.THROUGH) instanceof Class<?> model) ? model : null);
	}

	/**
	 * Reject the options that concern a foreign key column of the association's own: a
	 * junction's keys are always {@code NOT NULL}, constrained, cascading and unique as a
	 * pair.
	 */
	private static void checkJunctionOptions(String source, Class<?> target,
			Map<AssociationOption.Name, Object> values) {
		String declaration = source + ".belongsToMany(" + target.getSimpleName() + ")";
		for (AssociationOption.Name name : List.of(AssociationOption.Name.ALLOW_NULL, AssociationOption.Name.ON_DELETE,
				AssociationOption.Name.ON_UPDATE, AssociationOption.Name.CONSTRAINTS)) {
			if (values.containsKey(name)) {
				throw new InvalidModelException(
						declaration + " gives the option " + name.label()
								+ ", but a junction's key columns are always NOT NULL, constrained, and "
								+ "deleted and updated with the rows they reference",
						"Remove " + name.label() + "(...).");
			}
		}
		if (Boolean.FALSE.equals(values.get(AssociationOption.Name.UNIQUE))) {
			throw new InvalidModelException(
					declaration + " gives unique(false), but a junction links each pair at most once",
					"Remove unique(false); to link a pair several times, declare a model of its own for the link "
							+ "with two belongsTo associations.");
		}
	}

	/**
	 * Return the name of the option that names the referenced key on this side.
	 * @return {@code sourceKey} or {@code targetKey}
	 */
	public String keyOption() {
		return (this.kind == AssociationKind.BELONGS_TO) ? "targetKey" : "sourceKey";
	}

	/**
	 * Describe this declaration as the code that declares it, for messages.
	 * @param source the name of the source model
	 * @return for example {@code User.hasOne(Profile, as("profile"))}
	 */
	public String describe(String source) {
		StringJoiner joiner = new StringJoiner(", ", source + "." + this.kind.method() + "(", ")");
		joiner.add(this.target.getSimpleName());
		option(joiner, "as", this.as);
		option(joiner, "foreignKey", this.foreignKey);
		option(joiner, "allowNull", this.allowNull);
		option(joiner, "unique", this.unique);
		option(joiner, keyOption(), this.key);
		option(joiner, "onDelete", this.onDelete);
		option(joiner, "onUpdate", this.onUpdate);
		option(joiner, "constraints", this.constraints);
		option(joiner, "destroyPrevious", this.destroyPrevious);
		option(joiner, "destroyRemoved", this.destroyRemoved);
		option(joiner, "targetKey", this.targetKey);
		option(joiner, "through", this.through);
		if (this.throughModel != null) {
			joiner.add("through(" + this.throughModel.getSimpleName() + ".class)");
		}
		option(joiner, "otherKey", this.otherKey);
		return joiner.toString();
	}

	private static void option(StringJoiner joiner, String name, @Nullable Object value) {
		if (value != null) {
			joiner.add(name + "(" + ((value instanceof String) ? "\"" + value + "\"" : value) + ")");
		}
	}

}
