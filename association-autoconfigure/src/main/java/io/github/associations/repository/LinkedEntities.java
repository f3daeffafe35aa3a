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

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Reads and sets what the entities of one association carry of it: the referenced key,
 * the holder's id, the foreign key property and the holder's version.
 */
final class LinkedEntities {

	private final BoundAssociation association;

	private final EntityMapping mapping;

	LinkedEntities(BoundAssociation association, EntityMapping mapping) {
		this.association = association;
		this.mapping = mapping;
	}

	/**
	 * Return the key of a referenced entity.
	 * @throws InvalidDataAccessApiUsageException when the entity has no key yet
	 */
	Object key(Object referencedEntity) {
		PersistentPropertyPath<RelationalPersistentProperty> key = this.association.keyPath();
		Object value = this.mapping.property(referencedEntity, key);
		if (value == null || this.mapping.isNew(referencedEntity) && key.getLeafProperty().isIdProperty()) {
			throw new InvalidDataAccessApiUsageException(this.association.name() + ": the "
					+ this.association.referencedType().getSimpleName() + " is not saved yet, so it has no "
					+ this.association.association().keyProperty() + "; save it first");
		}
		return value;
	}

	/**
	 * Return the id of an entity that holds the foreign key.
	 * @throws InvalidDataAccessApiUsageException when the entity is not saved yet
	 */
	Object holderId(Object holderEntity) {
		Object id = this.mapping.id(holderEntity);
		if (id == null || this.mapping.isNew(holderEntity)) {
			throw new InvalidDataAccessApiUsageException(this.association.name() + ": the "
					+ this.association.holderType().getSimpleName() + " is not saved yet; save it first");
		}
		return id;
	}

	/**
	 * Return the foreign key an entity that holds it maps, or {@code null} when it maps
	 * none or holds {@code NULL}.
	 */
	@Nullable Object mappedForeignKey(Object holderEntity) {
		PersistentPropertyPath<RelationalPersistentProperty> foreignKey = this.association.foreignKeyPath();
		return (foreignKey != null) ? this.mapping.property(holderEntity, foreignKey) : null;
	}

	boolean mapsForeignKey() {
		return this.association.foreignKeyPath() != null;
	}

	/**
	 * Return an entity that holds the foreign key with its foreign key property set, when
	 * it maps one.
	 */
	<H> H withForeignKey(H holderEntity, @Nullable Object key) {
		PersistentPropertyPath<RelationalPersistentProperty> foreignKey = this.association.foreignKeyPath();
		return (foreignKey != null) ? this.mapping.withProperty(holderEntity, foreignKey, key) : holderEntity;
	}

	/**
	 * Return an entity that holds the foreign key with its foreign key property set, when
	 * it maps one, and its version set to what a write of the foreign key made it, when
	 * it was written and has one.
	 */
	<H> H withForeignKey(H holderEntity, @Nullable Object key, LinkWriter.Written written) {
		H linked = withForeignKey(holderEntity, key);
		PersistentPropertyPath<RelationalPersistentProperty> versionPath = this.association.holderVersionPath();
		return (versionPath != null && written.version() != null)
				? this.mapping.withProperty(linked, versionPath, written.version()) : linked;
	}

}
