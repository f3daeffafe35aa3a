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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The definition of a model: an ordinary Spring Data JDBC aggregate root, its
 * associations to other models and the overrides of how its table is defined. Declared as
 * a bean, one per model:
 *
 * <pre class="code">
 * &#64;Bean
 * ModelDefinition&lt;User&gt; user() {
 *     return ModelDefinition.of(User.class).hasOne(Profile.class);
 * }
 * </pre>
 *
 * A definition is an immutable value: every method returns a new definition. It needs
 * neither the database nor other beans, because migrations are derived from it before the
 * database is touched.
 *
 * @param <T> the entity type
 */
public final class ModelDefinition<T> {

	private final Class<T> type;

	private final List<AssociationDefinition> associations;

	private final List<AttributeDefinition> attributes;

	private final boolean timestamps;

	private final boolean managedElsewhere;

	private final @Nullable String renamedFrom;

	private ModelDefinition(Class<T> type, List<AssociationDefinition> associations,
			List<AttributeDefinition> attributes, boolean timestamps, boolean managedElsewhere,
			@Nullable String renamedFrom) {
		this.type = type;
		this.associations = associations;
		this.attributes = attributes;
		this.timestamps = timestamps;
		this.managedElsewhere = managedElsewhere;
		this.renamedFrom = renamedFrom;
	}

	/**
	 * Start the definition of a model.
	 * @param <T> the entity type
	 * @param type the entity type, a Spring Data JDBC aggregate root with an {@code @Id}
	 * @return a definition without associations
	 */
	public static <T> ModelDefinition<T> of(Class<T> type) {
		Objects.requireNonNull(type, "type must not be null");
		return new ModelDefinition<>(type, List.of(), List.of(), false, false, null);
	}

	/**
	 * Declare that this model has one target, whose table holds the foreign key
	 * ({@code profiles.user_id} for {@code User.hasOne(Profile)}).
	 * @param target the target entity type, itself a defined model
	 * @param options the options of the association
	 * @return a new definition with the association
	 */
	public ModelDefinition<T> hasOne(Class<?> target, HasOneOption... options) {
		return withAssociation(AssociationKind.HAS_ONE, target, Arrays.asList(options));
	}

	/**
	 * Declare that this model has many targets, whose table holds the foreign key
	 * ({@code posts.user_id} for {@code User.hasMany(Post)}), not unique and indexed.
	 * @param target the target entity type, itself a defined model
	 * @param options the options of the association
	 * @return a new definition with the association
	 */
	public ModelDefinition<T> hasMany(Class<?> target, HasManyOption... options) {
		return withAssociation(AssociationKind.HAS_MANY, target, Arrays.asList(options));
	}

	/**
	 * Declare that this model belongs to one target: this model's table holds the foreign
	 * key ({@code profiles.user_id} for {@code Profile.belongsTo(User)}).
	 * @param target the target entity type, itself a defined model
	 * @param options the options of the association
	 * @return a new definition with the association
	 */
	public ModelDefinition<T> belongsTo(Class<?> target, BelongsToOption... options) {
		return withAssociation(AssociationKind.BELONGS_TO, target, Arrays.asList(options));
	}

	/**
	 * Declare that this model belongs to many targets, and they may belong to many such
	 * models: a junction table holds one row per linked pair, with a foreign key to each
	 * side ({@code post_tags (post_id, tag_id)} for
	 * {@code Post.belongsToMany(Tag.class, through("post_tags"))}). The target may
	 * declare the inverse through the same junction.
	 * @param target the target entity type, itself a defined model
	 * @param options the options of the association
	 * @return a new definition with the association
	 */
	public ModelDefinition<T> belongsToMany(Class<?> target, BelongsToManyOption... options) {
		return withAssociation(AssociationKind.BELONGS_TO_MANY, target, Arrays.asList(options));
	}

	private ModelDefinition<T> withAssociation(AssociationKind kind, Class<?> target, List<?> options) {
		Objects.requireNonNull(target, "target must not be null");
		List<AssociationOption> associationOptions = new ArrayList<>();
		for (Object option : options) {
			associationOptions.add((AssociationOption) Objects.requireNonNull(option, "options must not be null"));
		}
		AssociationDefinition association = AssociationDefinition.of(getName(), kind, target, associationOptions);
		return new ModelDefinition<>(this.type, append(this.associations, association), this.attributes,
				this.timestamps, this.managedElsewhere, this.renamedFrom);
	}

	/**
	 * Override how the column of a property is defined.
	 * @param property the property, a dotted path for a property of an embedded value
	 * @param options the overrides
	 * @return a new definition with the overrides
	 */
	public ModelDefinition<T> attribute(String property, AttributeOption... options) {
		Objects.requireNonNull(property, "property must not be null");
		for (AttributeDefinition attribute : this.attributes) {
			if (attribute.property().equals(property)) {
				throw new InvalidModelException(getName() + ".attribute(\"" + property + "\") is declared twice",
						"Give all overrides of a property in one attribute(...) call.");
			}
		}
		List<AttributeOption> attributeOptions = new ArrayList<>();
		for (AttributeOption option : options) {
			attributeOptions.add(Objects.requireNonNull(option, "options must not be null"));
		}
		AttributeDefinition attribute = AttributeDefinition.of(getName(), property, attributeOptions);
		return new ModelDefinition<>(this.type, this.associations, append(this.attributes, attribute), this.timestamps,
				this.managedElsewhere, this.renamedFrom);
	}

	/**
	 * Add database-managed {@code created_at} and {@code updated_at} columns: set by
	 * {@code DEFAULT now()} and kept current by a trigger, so that every writer gets them
	 * right. An entity that maps them must mark them read-only.
	 * @return a new definition with timestamps
	 */
	public ModelDefinition<T> timestamps() {
		return new ModelDefinition<>(this.type, this.associations, this.attributes, true, this.managedElsewhere,
				this.renamedFrom);
	}

	/**
	 * Declare that the model's table is created and changed elsewhere: only the columns
	 * and constraints of its associations are generated.
	 * @return a new definition whose table is managed elsewhere
	 */
	public ModelDefinition<T> managedElsewhere() {
		return new ModelDefinition<>(this.type, this.associations, this.attributes, this.timestamps, true,
				this.renamedFrom);
	}

	/**
	 * Declare the table's previous name, so that a migration renames the table instead of
	 * dropping it and creating a new one.
	 * @param previousTableName the previous table name
	 * @return a new definition with the previous name
	 */
	public ModelDefinition<T> renamedFrom(String previousTableName) {
		Objects.requireNonNull(previousTableName, "previousTableName must not be null");
		return new ModelDefinition<>(this.type, this.associations, this.attributes, this.timestamps,
				this.managedElsewhere, previousTableName);
	}

	/**
	 * Return the entity type.
	 * @return the entity type
	 */
	public Class<T> getType() {
		return this.type;
	}

	/**
	 * Return the model's name: the entity's simple class name.
	 * @return the model name, such as {@code User}
	 */
	public String getName() {
		return this.type.getSimpleName();
	}

	/**
	 * Return the associations in the order they were declared.
	 * @return the associations
	 */
	public List<AssociationDefinition> getAssociations() {
		return this.associations;
	}

	/**
	 * Return the attribute overrides in the order they were declared.
	 * @return the attribute overrides
	 */
	public List<AttributeDefinition> getAttributes() {
		return this.attributes;
	}

	/**
	 * Return whether the model has database-managed timestamps.
	 * @return whether the model has timestamps
	 */
	public boolean hasTimestamps() {
		return this.timestamps;
	}

	/**
	 * Return whether the model's table is managed elsewhere.
	 * @return whether the table is managed elsewhere
	 */
	public boolean isManagedElsewhere() {
		return this.managedElsewhere;
	}

	/**
	 * Return the table's previous name.
	 * @return the previous name, or {@code null}
	 */
	public @Nullable String getRenamedFrom() {
		return this.renamedFrom;
	}

	private static <E> List<E> append(List<E> list, E element) {
		List<E> result = new ArrayList<>(list);
		result.add(element);
		return Collections.unmodifiableList(result);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof ModelDefinition<?> definition) && this.type == definition.type
				&& this.associations.equals(definition.associations) && this.attributes.equals(definition.attributes)
				&& this.timestamps == definition.timestamps && this.managedElsewhere == definition.managedElsewhere
				&& Objects.equals(this.renamedFrom, definition.renamedFrom);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.type, this.associations, this.attributes, this.timestamps, this.managedElsewhere,
				this.renamedFrom);
	}

	@Override
	public String toString() {
		return "ModelDefinition " + getName() + " "
				+ this.associations.stream().map((association) -> association.describe(getName())).toList();
	}

}
