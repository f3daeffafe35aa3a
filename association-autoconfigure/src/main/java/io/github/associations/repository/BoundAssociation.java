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

package io.github.associations.repository;

import java.lang.reflect.Array;
import java.util.Collection;

import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.util.ClassUtils;

/**
 * An association of the schema bound to the application's mapping: how to read the
 * referenced key and the holder's id from entities, and how to set the foreign key
 * property, for both sides of the foreign key.
 */
final class BoundAssociation {

	private final Association association;

	private final Persistence persistence;

	private final AssociationSql sql;

	private final Class<?> holder;

	private final Class<?> referenced;

	private final PersistentPropertyPath<RelationalPersistentProperty> key;

	private final @Nullable PersistentPropertyPath<RelationalPersistentProperty> foreignKeyProperty;

	private final Class<?> keyType;

	private final Class<?> holderIdType;

	private final boolean holderHasChildren;

	private final String holderIdColumn;

	private final @Nullable PersistentPropertyPath<RelationalPersistentProperty> holderVersion;

	BoundAssociation(Association association, Schema schema, Persistence persistence) {
		this.association = association;
		this.persistence = persistence;
		boolean hasOne = association.kind() == AssociationKind.HAS_ONE;
		this.holder = hasOne ? association.target() : association.source();
		this.referenced = hasOne ? association.source() : association.target();
		Table holderTable = schema.tableOf(this.holder.getSimpleName()).orElseThrow();
		RelationalPersistentEntity<?> holderEntity = persistence.entity(this.holder);
		RelationalPersistentProperty version = holderEntity.getVersionProperty();
		this.holderIdColumn = holderTable.primaryKey().columns().get(0);
		this.sql = new AssociationSql(association.foreignKey(), this.holderIdColumn,
				(version != null) ? version.getColumnName().getReference() : null);
		this.holderVersion = (version != null) ? persistence.path(this.holder, version.getName()) : null;
		this.key = persistence.path(this.referenced, association.keyProperty());
		this.foreignKeyProperty = (association.foreignKeyProperty() != null)
				? persistence.path(this.holder, association.foreignKeyProperty()) : null;
		this.keyType = ClassUtils.resolvePrimitiveIfNecessary(this.key.getLeafProperty().getActualType());
		this.holderIdType = ClassUtils.resolvePrimitiveIfNecessary(holderEntity.getRequiredIdProperty().getType());
		this.holderHasChildren = hasChildren(holderEntity);
	}

	private static boolean hasChildren(RelationalPersistentEntity<?> entity) {
		for (RelationalPersistentProperty property : entity) {
			if (property.isEntity() && !property.isEmbedded()) {
				return true;
			}
		}
		return false;
	}

	Association association() {
		return this.association;
	}

	String name() {
		return this.association.qualifiedName();
	}

	AssociationSql sql() {
		return this.sql;
	}

	Persistence persistence() {
		return this.persistence;
	}

	Class<?> holderType() {
		return this.holder;
	}

	Class<?> referencedType() {
		return this.referenced;
	}

	Class<?> keyType() {
		return this.keyType;
	}

	Class<?> holderIdType() {
		return this.holderIdType;
	}

	String holderIdColumn() {
		return this.holderIdColumn;
	}

	boolean holderHasChildren() {
		return this.holderHasChildren;
	}

	boolean destroyPrevious() {
		return this.association.destroyPrevious();
	}

	boolean nullable() {
		return this.association.foreignKey().nullable();
	}

	boolean unique() {
		return this.association.foreignKey().unique();
	}

	/**
	 * Return the key of a referenced entity.
	 * @throws InvalidDataAccessApiUsageException when the entity has no key yet
	 */
	Object key(Object referencedEntity) {
		Object value = this.persistence.property(referencedEntity, this.key);
		if (value == null || this.persistence.isNew(referencedEntity) && this.key.getLeafProperty().isIdProperty()) {
			throw new InvalidDataAccessApiUsageException(name() + ": the " + this.referenced.getSimpleName()
					+ " is not saved yet, so it has no " + this.association.keyProperty() + "; save it first");
		}
		return value;
	}

	/**
	 * Return the id of an entity that holds the foreign key.
	 * @throws InvalidDataAccessApiUsageException when the entity is not saved yet
	 */
	Object holderId(Object holderEntity) {
		Object id = this.persistence.id(holderEntity);
		if (id == null || this.persistence.isNew(holderEntity)) {
			throw new InvalidDataAccessApiUsageException(
					name() + ": the " + this.holder.getSimpleName() + " is not saved yet; save it first");
		}
		return id;
	}

	/**
	 * Return the foreign key an entity that holds it maps, or {@code null} when it maps
	 * none or holds {@code NULL}.
	 */
	@Nullable Object mappedForeignKey(Object holderEntity) {
		return (this.foreignKeyProperty != null) ? this.persistence.property(holderEntity, this.foreignKeyProperty)
				: null;
	}

	boolean mapsForeignKey() {
		return this.foreignKeyProperty != null;
	}

	/**
	 * Return an entity that holds the foreign key with its foreign key property set, when
	 * it maps one.
	 */
	<H> H withForeignKey(H holderEntity, @Nullable Object key) {
		return (this.foreignKeyProperty != null)
				? this.persistence.withProperty(holderEntity, this.foreignKeyProperty, key) : holderEntity;
	}

	/**
	 * Return an entity that holds the foreign key with its foreign key property set, when
	 * it maps one, and its version set to what a write of the foreign key made it, when
	 * it was written and has one.
	 */
	<H> H withForeignKey(H holderEntity, @Nullable Object key, LinkWriter.Written written) {
		H linked = withForeignKey(holderEntity, key);
		return (this.holderVersion != null && written.version() != null)
				? this.persistence.withProperty(linked, this.holderVersion, written.version()) : linked;
	}

	String foreignKeyColumn() {
		return this.association.foreignKey().column();
	}

	/**
	 * Describe a row for messages, such as {@code User 42}.
	 */
	static String describe(Class<?> type, @Nullable Object id) {
		return type.getSimpleName() + " " + id;
	}

	static Object array(Collection<?> values, Class<?> type) {
		Object array = Array.newInstance(type, values.size());
		int index = 0;
		for (Object value : values) {
			Array.set(array, index++, value);
		}
		return array;
	}

}
