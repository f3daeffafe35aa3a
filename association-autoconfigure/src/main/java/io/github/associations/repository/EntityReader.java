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
import java.util.concurrent.ConcurrentHashMap;

import io.github.associations.repository.EagerRows.ColumnRead;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ResolvableType;
import org.springframework.data.jdbc.core.convert.EntityRowMapper;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.jdbc.core.RowMapper;

/**
 * Turns rows into entities as Spring Data JDBC does: with the application's converter,
 * then its {@link AfterConvertEvent} and {@link AfterConvertCallback}.
 */
final class EntityReader {

	private final EntityMapping mapping;

	private final ApplicationEventPublisher events;

	private final @Nullable EntityCallbacks callbacks;

	private final Map<Class<?>, ResolvableType> afterConvertTypes = new ConcurrentHashMap<>();

	EntityReader(EntityMapping mapping, ApplicationEventPublisher events, @Nullable EntityCallbacks callbacks) {
		this.mapping = mapping;
		this.events = events;
		this.callbacks = callbacks;
	}

	/**
	 * Return a mapper of whole rows of a type's table.
	 */
	<T> RowMapper<T> rowMapper(Class<T> type) {
		EntityRowMapper<T> mapper = new EntityRowMapper<>(this.mapping.entity(type), this.mapping.converter());
		return (resultSet, rowNumber) -> afterConvert(mapper.mapRow(resultSet, rowNumber));
	}

	/**
	 * Read an entity from the values of the columns of a row that are its own: directly
	 * where the read allows it, by the converter otherwise.
	 */
	Object read(Class<?> type, @Nullable DirectRead direct, List<ColumnRead> columns, @Nullable Object[] values) {
		Object entity = (direct != null) ? direct.read(values) : null;
		if (entity == null) {
			RowDocument document = new RowDocument(columns.size());
			for (int i = 0; i < values.length; i++) {
				document.put(columns.get(i).name(), values[i]);
			}
			entity = this.mapping.converter().readAndResolve(type, document);
		}
		return afterConvert(entity);
	}

	private <T> T afterConvert(T entity) {
		ResolvableType type = this.afterConvertTypes.computeIfAbsent(entity.getClass(),
				(entityType) -> ResolvableType.forClassWithGenerics(AfterConvertEvent.class, entityType));
		this.events.publishEvent(new AfterConvertEventWithType<>(entity, type));
		return (this.callbacks != null) ? this.callbacks.callback(AfterConvertCallback.class, entity) : entity;
	}

}
