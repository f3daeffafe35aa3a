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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.convert.DataAccessStrategy;
import org.springframework.data.jdbc.core.convert.DefaultDataAccessStrategy;
import org.springframework.data.jdbc.core.convert.Identifier;
import org.springframework.data.jdbc.core.convert.InsertSubject;
import org.springframework.data.mapping.PersistentPropertyPathAccessor;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.conversion.IdValueSource;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.conversion.RelationalEntityVersionUtils;
import org.springframework.data.relational.core.conversion.RootAggregateChange;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Inserts new aggregate roots together with a foreign key column that their entity does
 * not map: one in one statement, several in one batch.
 * <p>
 * Spring Data JDBC has no public operation for that, so this class repeats the lifecycle
 * of its {@code JdbcAggregateTemplate} insert of a root without children: before-convert
 * event and callback, the initial version, before-save event and callback, the insert,
 * the generated id, after-save event and callback. With Spring Data's own data access
 * strategy, entities of simple values are inserted by a {@link DirectInsert}; others, and
 * every entity with a strategy of the application's own, go through the
 * {@link DataAccessStrategy} with the extra column as an {@link Identifier}. It mirrors
 * Spring Data's internals: compare it with {@code JdbcAggregateTemplate#insert} at every
 * upgrade of Spring Data JDBC.
 */
final class InsertWithColumn {

	/**
	 * The strategy Spring Data JDBC creates with single-query loading, which inserts with
	 * its default strategy.
	 */
	private static final String SINGLE_QUERY_FALLBACK = "org.springframework.data.jdbc.core.convert."
			+ "SingleQueryFallbackDataAccessStrategy";

	private final EntityMapping mapping;

	private final DataAccessStrategy dataAccessStrategy;

	private final ApplicationEventPublisher events;

	private final EntityEvents entityEvents = new EntityEvents();

	private final @Nullable EntityCallbacks callbacks;

	private final NamedParameterJdbcOperations jdbc;

	private final Dialect dialect;

	private final Map<DirectInsertKey, Optional<DirectInsert>> directInserts = new ConcurrentHashMap<>();

	private final boolean springDataStrategy;

	InsertWithColumn(EntityMapping mapping, DataAccessStrategy dataAccessStrategy, ApplicationEventPublisher events,
			@Nullable EntityCallbacks callbacks, NamedParameterJdbcOperations jdbc, Dialect dialect) {
		this.mapping = mapping;
		this.dataAccessStrategy = dataAccessStrategy;
		this.events = events;
		this.callbacks = callbacks;
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.springDataStrategy = dataAccessStrategy.getClass() == DefaultDataAccessStrategy.class
				|| dataAccessStrategy.getClass().getName().equals(SINGLE_QUERY_FALLBACK);
	}

	/**
	 * Insert a new entity with a column it does not map.
	 * @param entity the new entity
	 * @param column the column's name
	 * @param value the column's value
	 * @return the inserted entity, with its id and version
	 */
	<T> T insert(T entity, String column, Object value) {
		return insertAll(List.of(entity), column, value).get(0);
	}

	/**
	 * Insert new entities of one type, all with the same value of a column they do not
	 * map, in one batch.
	 * @param entities the new entities
	 * @param column the column's name
	 * @param value the column's value
	 * @return the inserted entities, with their ids and versions, in the given order
	 */
	@SuppressWarnings("unchecked")
	<T> List<T> insertAll(List<T> entities, String column, Object value) {
		List<T> roots = new ArrayList<>(entities.size());
		List<RootAggregateChange<T>> changes = new ArrayList<>(entities.size());
		for (T entity : entities) {
			Prepared<T> prepared = beforeSave(entity);
			roots.add(prepared.root());
			changes.add(prepared.change());
		}
		Class<T> type = (Class<T>) roots.get(0).getClass();
		RelationalPersistentEntity<T> persistentEntity = (RelationalPersistentEntity<T>) this.mapping.entity(type);
		IdValueSource idValueSource = IdValueSource.forInstance(roots.get(0), persistentEntity);
		DirectInsert direct = directInsert(type, column, value.getClass(), idValueSource);
		@Nullable Object[] generatedIds = (direct != null) ? direct.insert(this.jdbc, roots, value)
				: springDataInsert(roots, type, column, value, idValueSource);
		List<T> inserted = new ArrayList<>(roots.size());
		for (int i = 0; i < roots.size(); i++) {
			T root = withId(roots.get(i), (generatedIds != null && i < generatedIds.length) ? generatedIds[i] : null,
					persistentEntity);
			this.events.publishEvent(this.entityEvents.afterSave(root, changes.get(i)));
			inserted.add((this.callbacks != null) ? this.callbacks.callback(AfterSaveCallback.class, root) : root);
		}
		return inserted;
	}

	/**
	 * Run what Spring Data runs before it inserts a root: the before-convert event and
	 * callback, the initial version, the before-save event and callback.
	 */
	@SuppressWarnings("unchecked")
	private <T> Prepared<T> beforeSave(T entity) {
		T root = entity;
		this.events.publishEvent(this.entityEvents.beforeConvert(root));
		if (this.callbacks != null) {
			root = this.callbacks.callback(BeforeConvertCallback.class, root);
		}
		RelationalPersistentEntity<T> persistentEntity = (RelationalPersistentEntity<T>) this.mapping
			.entity(root.getClass());
		if (persistentEntity.hasVersionProperty()) {
			long initialVersion = persistentEntity.getRequiredVersionProperty().getActualType().isPrimitive() ? 1L : 0L;
			root = RelationalEntityVersionUtils.setVersionNumberOnEntity(root, initialVersion, persistentEntity,
					this.mapping.converter());
		}
		RootAggregateChange<T> change = MutableAggregateChange.forSave(root);
		this.events.publishEvent(this.entityEvents.beforeSave(root, change));
		T saved = (this.callbacks != null) ? this.callbacks.callback(BeforeSaveCallback.class, root, change) : root;
		return new Prepared<>(saved, change);
	}

	/**
	 * Insert through Spring Data's data access strategy, with the column as an
	 * {@link Identifier}: one entity with its single insert, several in one batch.
	 */
	private <T> @Nullable Object[] springDataInsert(List<T> roots, Class<T> type, String column, Object value,
			IdValueSource idValueSource) {
		Identifier identifier = Identifier.of(SqlIdentifier.quoted(column), value, value.getClass());
		if (roots.size() == 1) {
			return new Object[] { this.dataAccessStrategy.insert(roots.get(0), type, identifier, idValueSource) };
		}
		List<InsertSubject<T>> subjects = new ArrayList<>(roots.size());
		for (T root : roots) {
			subjects.add(InsertSubject.describedBy(root, identifier));
		}
		return this.dataAccessStrategy.insert(subjects, type, idValueSource);
	}

	/**
	 * Return the direct insert of a type with a column, built once, or {@code null} when
	 * Spring Data inserts the type.
	 */
	private @Nullable DirectInsert directInsert(Class<?> type, String column, Class<?> columnType,
			IdValueSource idValueSource) {
		if (!this.springDataStrategy || idValueSource == IdValueSource.NONE) {
			return null;
		}
		boolean generatedId = idValueSource == IdValueSource.GENERATED;
		return this.directInserts
			.computeIfAbsent(new DirectInsertKey(type, column, columnType, generatedId),
					(key) -> Optional
						.ofNullable(DirectInsert.of(this.mapping, this.dialect, type, column, columnType, generatedId)))
			.orElse(null);
	}

	private <T> T withId(T root, @Nullable Object generatedId, RelationalPersistentEntity<T> persistentEntity) {
		if (generatedId == null) {
			return root;
		}
		PersistentPropertyPathAccessor<T> accessor = this.mapping.accessor(root);
		RelationalPersistentProperty idProperty = persistentEntity.getRequiredIdProperty();
		accessor.setProperty(idProperty, this.mapping.conversionService().convert(generatedId, idProperty.getType()));
		return accessor.getBean();
	}

	/**
	 * What a direct insert depends on.
	 *
	 * @param type the entity's type
	 * @param column the column the entity does not map
	 * @param columnType the type of the column's values
	 * @param generatedId whether the database generates the id
	 */
	private record DirectInsertKey(Class<?> type, String column, Class<?> columnType, boolean generatedId) {

	}

	/**
	 * A root ready to insert, with its aggregate change.
	 */
	private record Prepared<T>(T root, RootAggregateChange<T> change) {

	}

}
