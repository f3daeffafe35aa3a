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
import java.util.List;

import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import io.github.associations.schema.UniqueConstraint;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.util.ClassUtils;

/**
 * An association of the schema bound to the application's mapping: which side holds the
 * foreign key, the property paths of the key, the foreign key and the holder's version,
 * the statements that write it, and the names of its constraints. A value: it reads and
 * writes nothing.
 * <p>
 * The <em>holder</em> is the model whose table holds the foreign key column (the target
 * of a hasOne or hasMany, the source of a belongsTo); the <em>referenced</em> model is
 * the other one, whose key the foreign key holds.
 */
final class BoundAssociation {

	private final Association association;

	private final AssociationSql sql;

	private final AssociationQueries queries;

	private final @Nullable HasManySql hasManySql;

	private final Class<?> holder;

	private final Class<?> referenced;

	private final PersistentPropertyPath<RelationalPersistentProperty> key;

	private final @Nullable PersistentPropertyPath<RelationalPersistentProperty> foreignKeyProperty;

	private final Class<?> keyType;

	private final Class<?> holderIdType;

	private final boolean holderHasChildren;

	private final String holderIdColumn;

	private final @Nullable PersistentPropertyPath<RelationalPersistentProperty> holderVersion;

	private final @Nullable String uniqueConstraint;

	BoundAssociation(Association association, Schema schema, EntityMapping mapping) {
		this.association = association;
		boolean targetHolds = association.kind().targetHoldsForeignKey();
		this.holder = targetHolds ? association.target() : association.source();
		this.referenced = targetHolds ? association.source() : association.target();
		Table holderTable = schema.tableOf(this.holder.getSimpleName()).orElseThrow();
		RelationalPersistentEntity<?> holderEntity = mapping.entity(this.holder);
		RelationalPersistentProperty version = holderEntity.getVersionProperty();
		this.holderIdColumn = holderTable.primaryKey().columns().get(0);
		ForeignKeySql foreignKeySql = ForeignKeySql.of(association.foreignKey(), this.holderIdColumn,
				(version != null) ? version.getColumnName().getReference() : null);
		this.sql = new AssociationSql(association.foreignKey(), foreignKeySql);
		this.queries = new AssociationQueries(foreignKeySql);
		this.hasManySql = (association.kind() == AssociationKind.HAS_MANY) ? new HasManySql(foreignKeySql) : null;
		this.holderVersion = (version != null) ? mapping.path(this.holder, version.getName()) : null;
		this.key = mapping.path(this.referenced, association.keyProperty());
		this.foreignKeyProperty = (association.foreignKeyProperty() != null)
				? mapping.path(this.holder, association.foreignKeyProperty()) : null;
		this.keyType = ClassUtils.resolvePrimitiveIfNecessary(this.key.getLeafProperty().getActualType());
		this.holderIdType = ClassUtils.resolvePrimitiveIfNecessary(holderEntity.getRequiredIdProperty().getType());
		this.holderHasChildren = hasChildren(holderEntity);
		this.uniqueConstraint = holderTable.uniqueConstraints()
			.stream()
			.filter((unique) -> unique.columns().equals(List.of(association.foreignKey().column())))
			.map(UniqueConstraint::name)
			.findFirst()
			.orElse(null);
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

	AssociationQueries queries() {
		return this.queries;
	}

	/**
	 * Return the statements of a hasMany association.
	 * @throws IllegalStateException for another kind
	 */
	HasManySql hasManySql() {
		if (this.hasManySql == null) {
			throw new IllegalStateException(name() + " is not a hasMany association");
		}
		return this.hasManySql;
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

	/**
	 * Return whether a target the association stops holding is deleted rather than
	 * unlinked.
	 */
	boolean destroyRemoved() {
		return this.association.destroyRemoved();
	}

	boolean nullable() {
		return this.association.foreignKey().nullable();
	}

	boolean unique() {
		return this.association.foreignKey().unique();
	}

	String foreignKeyColumn() {
		return this.association.foreignKey().column();
	}

	/**
	 * Return the name of the foreign key constraint.
	 */
	String foreignKeyConstraint() {
		return this.association.foreignKey().name();
	}

	/**
	 * Return the name of the unique constraint of the foreign key column, or {@code null}
	 * when it has none.
	 */
	@Nullable String uniqueConstraint() {
		return this.uniqueConstraint;
	}

	PersistentPropertyPath<RelationalPersistentProperty> keyPath() {
		return this.key;
	}

	@Nullable PersistentPropertyPath<RelationalPersistentProperty> foreignKeyPath() {
		return this.foreignKeyProperty;
	}

	@Nullable PersistentPropertyPath<RelationalPersistentProperty> holderVersionPath() {
		return this.holderVersion;
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
