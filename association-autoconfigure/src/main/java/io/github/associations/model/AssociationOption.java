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

/**
 * An option of an association, as in Sequelize's {@code User.hasOne(Profile, { as:
 * 'profile', foreignKey: 'user_id' })}. Options that only some kinds accept are typed as
 * {@link HasOneOption}, {@link HasManyOption}, {@link SourceKeyOption},
 * {@link BelongsToOption}, {@link TargetKeyOption} or {@link BelongsToManyOption}; the
 * others fit every kind, though a belongsToMany rejects those that concern a foreign key
 * column of its own ({@code allowNull}, {@code onDelete}, {@code onUpdate},
 * {@code constraints} and {@code unique(false)}): a junction's keys are always
 * {@code NOT NULL}, constrained, cascading and unique as a pair. Meant to be statically
 * imported:
 *
 * <pre class="code">
 * ModelDefinition.of(User.class).hasOne(Passport.class, as("passport"), foreignKey("holder_id"), allowNull(false));
 * </pre>
 *
 * An option left out takes its default, after the two sides of an association are paired.
 */
public final class AssociationOption extends Option<AssociationOption.Name>
		implements HasOneOption, HasManyOption, SourceKeyOption, BelongsToOption, BelongsToManyOption, TargetKeyOption {

	private AssociationOption(Name name, Object value) {
		super(name, value);
	}

	/**
	 * The name of the association on its source, used by repositories, eager loading and
	 * messages. Defaults to the target's model name in lowerCamelCase ({@code profile}),
	 * pluralized for a hasMany or belongsToMany ({@code posts}, {@code categories}); on a
	 * belongsTo it also names the foreign key column ({@code owner} gives
	 * {@code owner_id}).
	 * @param name the association name
	 * @return the option
	 */
	public static AssociationOption as(String name) {
		return new AssociationOption(Name.AS, name);
	}

	/**
	 * The foreign key column. Defaults to the column of the entity's foreign key property
	 * when it maps one, else to the belongsTo side's {@code as} (or the source model's
	 * name for a lone hasOne) in snake_case, followed by {@code _} and the referenced key
	 * column. For a belongsToMany, the junction's column that references the source,
	 * defaulting to the source model's name in snake_case, {@code _} and the source's key
	 * column ({@code post_id}).
	 * @param column the column name
	 * @return the option
	 */
	public static AssociationOption foreignKey(String column) {
		return new AssociationOption(Name.FOREIGN_KEY, column);
	}

	/**
	 * Whether the foreign key column accepts {@code NULL}. Defaults to {@code true}.
	 * @param allowNull whether the column is nullable
	 * @return the option
	 */
	public static AssociationOption allowNull(boolean allowNull) {
		return new AssociationOption(Name.ALLOW_NULL, allowNull);
	}

	/**
	 * Whether the foreign key column is unique, so that the database guarantees "at most
	 * one". Defaults to {@code true} for a hasOne and a lone belongsTo, and to
	 * {@code false} for a belongsTo paired with a hasMany, whose foreign key is never
	 * unique; a hasMany does not take it. {@code unique(false)} on a lone belongsTo makes
	 * it many-to-one.
	 * @param unique whether the column is unique
	 * @return the option
	 */
	public static AssociationOption unique(boolean unique) {
		return new AssociationOption(Name.UNIQUE, unique);
	}

	/**
	 * The property of the source of a hasOne, hasMany or belongsToMany that the foreign
	 * key references. Defaults to the source's id; another property must be unique.
	 * @param property the property name
	 * @return the option
	 */
	public static SourceKeyOption sourceKey(String property) {
		return new AssociationOption(Name.SOURCE_KEY, property);
	}

	/**
	 * The property of the target of a belongsTo or belongsToMany that the foreign key
	 * references. Defaults to the target's id; another property must be unique.
	 * @param property the property name
	 * @return the option
	 */
	public static TargetKeyOption targetKey(String property) {
		return new AssociationOption(Name.TARGET_KEY, property);
	}

	/**
	 * The junction table of a belongsToMany, which holds one row per linked pair.
	 * Defaults to the two models' table names in alphabetical order, joined by {@code _}
	 * ({@code posts_tags}). Both sides of a many-to-many name the same junction to pair.
	 * @param table the junction table's name
	 * @return the option
	 */
	public static BelongsToManyOption through(String table) {
		return new AssociationOption(Name.THROUGH, table);
	}

	/**
	 * The junction model of a belongsToMany: an entity mapped to the junction table,
	 * whose properties beyond the two key columns are columns of the junction, written
	 * with each link and read beside each target. It needs no {@code @Id}: without one,
	 * the pair of key columns is the junction's primary key; with a single {@code @Id},
	 * the pair is unique and both key columns are indexed. Its properties that map the
	 * key columns, of the keys' types, hold the keys. A {@code ModelDefinition} of it, if
	 * any, may override its columns, but declares no associations.
	 * @param model the junction model's entity type
	 * @return the option
	 */
	public static BelongsToManyOption through(Class<?> model) {
		return new AssociationOption(Name.THROUGH, model);
	}

	/**
	 * The junction's column that references the target of a belongsToMany. Defaults to
	 * the target model's name in snake_case, {@code _} and the target's key column
	 * ({@code tag_id}).
	 * @param column the column name
	 * @return the option
	 */
	public static BelongsToManyOption otherKey(String column) {
		return new AssociationOption(Name.OTHER_KEY, column);
	}

	/**
	 * What happens to the row holding the foreign key when the referenced row is deleted.
	 * Defaults to {@link ReferentialAction#SET_NULL} for a nullable foreign key and
	 * {@link ReferentialAction#CASCADE} for a {@code NOT NULL} one.
	 * @param action the referential action
	 * @return the option
	 */
	public static AssociationOption onDelete(ReferentialAction action) {
		return new AssociationOption(Name.ON_DELETE, action);
	}

	/**
	 * What happens to the foreign key when the referenced key is updated. Defaults to
	 * {@link ReferentialAction#CASCADE}.
	 * @param action the referential action
	 * @return the option
	 */
	public static AssociationOption onUpdate(ReferentialAction action) {
		return new AssociationOption(Name.ON_UPDATE, action);
	}

	/**
	 * Whether the database checks the foreign key with a constraint. Defaults to
	 * {@code true}; without one, nothing checks that the referenced row exists.
	 * @param constraints whether to create the foreign key constraint
	 * @return the option
	 */
	public static AssociationOption constraints(boolean constraints) {
		return new AssociationOption(Name.CONSTRAINTS, constraints);
	}

	/**
	 * Whether replacing the target of a hasOne deletes the previous target instead of
	 * unlinking it. Defaults to {@code false}; a {@code NOT NULL} foreign key always
	 * deletes.
	 * @param destroyPrevious whether to delete the previous target
	 * @return the option
	 */
	public static HasOneOption destroyPrevious(boolean destroyPrevious) {
		return new AssociationOption(Name.DESTROY_PREVIOUS, destroyPrevious);
	}

	/**
	 * Whether removing targets from a hasMany deletes them instead of unlinking them.
	 * Defaults to {@code false}; a {@code NOT NULL} foreign key always deletes.
	 * @param destroyRemoved whether to delete the removed targets
	 * @return the option
	 */
	public static HasManyOption destroyRemoved(boolean destroyRemoved) {
		return new AssociationOption(Name.DESTROY_REMOVED, destroyRemoved);
	}

	enum Name implements Option.Named {

		AS("as"), FOREIGN_KEY("foreignKey"), ALLOW_NULL("allowNull"), UNIQUE("unique"), SOURCE_KEY("sourceKey"),
		TARGET_KEY("targetKey"), ON_DELETE("onDelete"), ON_UPDATE("onUpdate"), CONSTRAINTS("constraints"),
		DESTROY_PREVIOUS("destroyPrevious"), DESTROY_REMOVED("destroyRemoved"), THROUGH("through"),
		OTHER_KEY("otherKey");

		private final String label;

		Name(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return this.label;
		}

	}

}
