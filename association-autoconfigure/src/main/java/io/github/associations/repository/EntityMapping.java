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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.associations.repository.EagerRows.ColumnRead;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.ConversionService;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.mapping.PersistentPropertyPathAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * The application's Spring Data JDBC mapping of entities: their persistent entities,
 * property paths, ids and whether they are new, read and written with the application's
 * converter.
 */
final class EntityMapping {

	private final JdbcConverter converter;

	private final Map<DirectReadKey, Optional<DirectRead>> directReads = new ConcurrentHashMap<>();

	EntityMapping(JdbcConverter converter) {
		this.converter = converter;
	}

	/**
	 * Return the direct read of an entity from columns, built once per entity type and
	 * column names, since eager selects with criteria are built for every call.
	 * @param type the entity's type
	 * @param columns the entity's columns, in the order of the values
	 * @return the read, or {@code null} when the converter reads the entity
	 */
	@Nullable DirectRead directRead(Class<?> type, List<ColumnRead> columns) {
		DirectReadKey key = new DirectReadKey(type, columns.stream().map(ColumnRead::name).toList());
		return this.directReads
			.computeIfAbsent(key, (absent) -> Optional.ofNullable(DirectRead.of(this, type, columns)))
			.orElse(null);
	}

	/**
	 * Return whether a property holds one value of its own column: no embedded value,
	 * entity, reference, collection, map, array or {@code Object}. The direct read and
	 * the direct insert handle only entities whose properties all do.
	 */
	static boolean isSingleValue(RelationalPersistentProperty property) {
		Class<?> type = property.getType();
		return !property.isEntity() && !property.isEmbedded() && !property.isAssociation()
				&& !property.isCollectionLike() && !property.isMap() && !type.isArray() && type != Object.class
				&& !AggregateReference.class.isAssignableFrom(type);
	}

	JdbcConverter converter() {
		return this.converter;
	}

	ConversionService conversionService() {
		return this.converter.getConversionService();
	}

	@SuppressWarnings("unchecked")
	<T> RelationalPersistentEntity<T> entity(Class<T> type) {
		return (RelationalPersistentEntity<T>) mappingContext().getRequiredPersistentEntity(type);
	}

	PersistentPropertyPath<RelationalPersistentProperty> path(Class<?> type, String property) {
		return mappingContext().getPersistentPropertyPath(property, type);
	}

	boolean isNew(Object entity) {
		return entity(entity.getClass()).isNew(entity);
	}

	@Nullable Object id(Object entity) {
		return entity(entity.getClass()).getIdentifierAccessor(entity).getIdentifier();
	}

	/**
	 * Read a property, the id of an {@link AggregateReference} for a reference.
	 */
	@Nullable Object property(Object entity, PersistentPropertyPath<RelationalPersistentProperty> path) {
		Object value = accessor(entity).getProperty(path);
		return (value instanceof AggregateReference<?, ?> reference) ? reference.getId() : value;
	}

	/**
	 * Return a copy of an entity with a property set, an {@link AggregateReference} to
	 * the value for a reference.
	 */
	<T> T withProperty(T entity, PersistentPropertyPath<RelationalPersistentProperty> path, @Nullable Object value) {
		RelationalPersistentProperty property = path.getLeafProperty();
		Object propertyValue = value;
		if (value != null && AggregateReference.class.isAssignableFrom(property.getType())) {
			propertyValue = AggregateReference.to(value);
		}
		else if (value != null) {
			propertyValue = conversionService().convert(value, property.getType());
		}
		PersistentPropertyPathAccessor<T> accessor = accessor(entity);
		accessor.setProperty(path, propertyValue);
		return accessor.getBean();
	}

	@SuppressWarnings("unchecked")
	<T> PersistentPropertyPathAccessor<T> accessor(T entity) {
		return this.converter.getPropertyAccessor((RelationalPersistentEntity<T>) entity(entity.getClass()), entity);
	}

	private RelationalMappingContext mappingContext() {
		return this.converter.getMappingContext();
	}

	/**
	 * What a direct read depends on: the entity's type and its columns' names in order.
	 *
	 * @param type the entity's type
	 * @param columns the names of its columns
	 */
	private record DirectReadKey(Class<?> type, List<String> columns) {

	}

}
