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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.jdbc.core.convert.DataAccessStrategy;
import org.springframework.data.jdbc.core.convert.EntityRowMapper;
import org.springframework.data.jdbc.core.convert.Identifier;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.mapping.PersistentPropertyPathAccessor;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.conversion.IdValueSource;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.conversion.RelationalEntityVersionUtils;
import org.springframework.data.relational.core.conversion.RootAggregateChange;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the repositories share of Spring Data JDBC and Spring's transactions: the
 * application's own mapping, converter, JDBC operations and data access strategy, so that
 * entities are read and written exactly as Spring Data reads and writes them.
 */
final class Persistence {

	private final JdbcAggregateOperations aggregates;

	private final NamedParameterJdbcOperations jdbc;

	private final JdbcConverter converter;

	private final DataAccessStrategy dataAccessStrategy;

	private final ApplicationEventPublisher events;

	private final @Nullable EntityCallbacks callbacks;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final Map<Class<?>, ResolvableType> afterConvertTypes = new ConcurrentHashMap<>();

	Persistence(JdbcAggregateOperations aggregates, NamedParameterJdbcOperations jdbc, JdbcConverter converter,
			DataAccessStrategy dataAccessStrategy, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, @Nullable EntityCallbacks callbacks) {
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.converter = converter;
		this.dataAccessStrategy = dataAccessStrategy;
		this.events = events;
		this.callbacks = callbacks;
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		this.reads.setReadOnly(true);
	}

	NamedParameterJdbcOperations jdbc() {
		return this.jdbc;
	}

	JdbcAggregateOperations aggregates() {
		return this.aggregates;
	}

	JdbcConverter converter() {
		return this.converter;
	}

	RelationalMappingContext mappingContext() {
		return (RelationalMappingContext) this.converter.getMappingContext();
	}

	/**
	 * Run a write in a transaction. When the operation's failure also makes the rollback
	 * fail, as when the connection is lost, the operation's failure is the one that
	 * explains what happened: the database rolls back a transaction whose connection
	 * ends.
	 */
	<R> R write(Supplier<R> operation) {
		try {
			return this.writes.execute((status) -> operation.get());
		}
		catch (TransactionSystemException ex) {
			if (ex.getApplicationException() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	<R> R read(Supplier<R> operation) {
		return this.reads.execute((status) -> operation.get());
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

	<T> RowMapper<T> rowMapper(Class<T> type) {
		EntityRowMapper<T> mapper = new EntityRowMapper<>(entity(type), this.converter);
		return (resultSet, rowNumber) -> afterConvert(mapper.mapRow(resultSet, rowNumber));
	}

	<T> T afterConvert(T entity) {
		ResolvableType type = this.afterConvertTypes.computeIfAbsent(entity.getClass(),
				(entityType) -> ResolvableType.forClassWithGenerics(AfterConvertEvent.class, entityType));
		this.events.publishEvent(new AfterConvertEventWithType<>(entity, type));
		return (this.callbacks != null) ? this.callbacks.callback(AfterConvertCallback.class, entity) : entity;
	}

	/**
	 * Insert a new entity together with a foreign key column it does not map, in one
	 * statement, with the events and callbacks Spring Data fires for an insert.
	 */
	@SuppressWarnings("unchecked")
	<T> T insertWithColumn(T entity, String column, Object value) {
		T root = entity;
		this.events.publishEvent(new BeforeConvertEvent<>(root));
		if (this.callbacks != null) {
			root = this.callbacks.callback(BeforeConvertCallback.class, root);
		}
		RelationalPersistentEntity<T> persistentEntity = (RelationalPersistentEntity<T>) entity(root.getClass());
		if (persistentEntity.hasVersionProperty()) {
			long initialVersion = persistentEntity.getRequiredVersionProperty().getActualType().isPrimitive() ? 1L : 0L;
			root = RelationalEntityVersionUtils.setVersionNumberOnEntity(root, initialVersion, persistentEntity,
					this.converter);
		}
		RootAggregateChange<T> change = MutableAggregateChange.forSave(root);
		this.events.publishEvent(new BeforeSaveEvent<>(root, change));
		if (this.callbacks != null) {
			root = this.callbacks.callback(BeforeSaveCallback.class, root, change);
		}
		Class<T> type = (Class<T>) root.getClass();
		Identifier identifier = Identifier.of(SqlIdentifier.quoted(column), value, value.getClass());
		Object generatedId = this.dataAccessStrategy.insert(root, type, identifier,
				IdValueSource.forInstance(root, persistentEntity));
		if (generatedId != null) {
			PersistentPropertyPathAccessor<T> accessor = accessor(root);
			RelationalPersistentProperty idProperty = persistentEntity.getRequiredIdProperty();
			accessor.setProperty(idProperty, conversionService().convert(generatedId, idProperty.getType()));
			root = accessor.getBean();
		}
		this.events.publishEvent(new AfterSaveEvent<>(root, change));
		return (this.callbacks != null) ? this.callbacks.callback(AfterSaveCallback.class, root) : root;
	}

	private ConversionService conversionService() {
		return this.converter.getConversionService();
	}

	@SuppressWarnings("unchecked")
	private <T> PersistentPropertyPathAccessor<T> accessor(T entity) {
		return this.converter.getPropertyAccessor((RelationalPersistentEntity<T>) entity(entity.getClass()), entity);
	}

}
