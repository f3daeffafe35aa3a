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

import io.github.associations.repository.EagerRows.ColumnRead;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.convert.EntityRowMapper;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.jdbc.core.RowMapper;

/**
 * Turns rows into entities as Spring Data JDBC does: with the application's converter,
 * then its {@link AfterConvertEvent} (where a listener receives it) and
 * {@link AfterConvertCallback}. Each query reads its rows through its own
 * {@link #rowMapper row mapper} or {@link #reads() reads}, which ask once per entity type
 * whether the type's events have a listener.
 */
final class EntityReader {

	private final EntityMapping mapping;

	private final AfterConvertEvents events;

	private final @Nullable EntityCallbacks callbacks;

	EntityReader(EntityMapping mapping, ApplicationEventPublisher events, @Nullable EntityCallbacks callbacks) {
		this.mapping = mapping;
		this.events = new AfterConvertEvents(events);
		this.callbacks = callbacks;
	}

	/**
	 * Return a mapper of whole rows of a type's table, for one query.
	 */
	<T> RowMapper<T> rowMapper(Class<T> type) {
		EntityRowMapper<T> mapper = new EntityRowMapper<>(this.mapping.entity(type), this.mapping.converter());
		AfterConvertEvents.Publication events = this.events.publication();
		return (resultSet, rowNumber) -> afterConvert(mapper.mapRow(resultSet, rowNumber), events);
	}

	/**
	 * Start reading the entities of one query.
	 */
	Reads reads() {
		return new Reads(this.events.publication());
	}

	private <T> T afterConvert(T entity, AfterConvertEvents.Publication events) {
		events.publish(entity);
		return (this.callbacks != null) ? this.callbacks.callback(AfterConvertCallback.class, entity) : entity;
	}

	/**
	 * The reading of one query's entities.
	 */
	final class Reads {

		private final AfterConvertEvents.Publication events;

		private Reads(AfterConvertEvents.Publication events) {
			this.events = events;
		}

		/**
		 * Read an entity from the values of the columns of a row that are its own:
		 * directly where the read allows it, which converts the values in place, by the
		 * converter otherwise.
		 */
		Object read(Class<?> type, @Nullable DirectRead direct, List<ColumnRead> columns, @Nullable Object[] values) {
			Object entity = (direct != null) ? direct.read(values) : null;
			if (entity == null) {
				RowDocument document = new RowDocument(columns.size());
				for (int i = 0; i < values.length; i++) {
					document.put(columns.get(i).name(), values[i]);
				}
				entity = EntityReader.this.mapping.converter().readAndResolve(type, document);
			}
			return afterConvert(entity, this.events);
		}

	}

}
