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
 * @param kind hasOne, hasMany or belongsTo
 * @param target the target entity type
 * @param as the association name, or {@code null} for the default
 * @param foreignKey the foreign key column, or {@code null} for the default
 * @param allowNull whether the foreign key is nullable, or {@code null} for the default
 * @param unique whether the foreign key is unique, or {@code null} for the default
 * @param key the referenced key property (sourceKey of a hasOne or hasMany, targetKey of
 * a belongsTo), or {@code null} for the id
 * @param onDelete the referential action on delete, or {@code null} for the default
 * @param onUpdate the referential action on update, or {@code null} for the default
 * @param constraints whether to create the foreign key constraint, or {@code null} for
 * the default
 * @param destroyPrevious whether a replaced hasOne target is deleted, or {@code null} for
 * the default
 * @param destroyRemoved whether the targets removed from a hasMany are deleted, or
 * {@code null} for the default
 */
public record AssociationDefinition(AssociationKind kind, Class<?> target, @Nullable String as,
		@Nullable String foreignKey, @Nullable Boolean allowNull, @Nullable Boolean unique, @Nullable String key,
		@Nullable ReferentialAction onDelete, @Nullable ReferentialAction onUpdate, @Nullable Boolean constraints,
		@Nullable Boolean destroyPrevious, @Nullable Boolean destroyRemoved) {

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
		AssociationOption.Name keyName = kind.targetHoldsForeignKey() ? AssociationOption.Name.SOURCE_KEY
				: AssociationOption.Name.TARGET_KEY;
		return new AssociationDefinition(kind, target, (String) values.get(AssociationOption.Name.AS),
				(String) values.get(AssociationOption.Name.FOREIGN_KEY),
				(Boolean) values.get(AssociationOption.Name.ALLOW_NULL),
				(Boolean) values.get(AssociationOption.Name.UNIQUE), (String) values.get(keyName),
				(ReferentialAction) values.get(AssociationOption.Name.ON_DELETE),
				(ReferentialAction) values.get(AssociationOption.Name.ON_UPDATE),
				(Boolean) values.get(AssociationOption.Name.CONSTRAINTS),
				(Boolean) values.get(AssociationOption.Name.DESTROY_PREVIOUS),
				(Boolean) values.get(AssociationOption.Name.DESTROY_REMOVED));
	}

	/**
	 * Return the name of the option that names the referenced key on this side.
	 * @return {@code sourceKey} or {@code targetKey}
	 */
	public String keyOption() {
		return this.kind.targetHoldsForeignKey() ? "sourceKey" : "targetKey";
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
		return joiner.toString();
	}

	private static void option(StringJoiner joiner, String name, @Nullable Object value) {
		if (value != null) {
			joiner.add(name + "(" + ((value instanceof String) ? "\"" + value + "\"" : value) + ")");
		}
	}

}
