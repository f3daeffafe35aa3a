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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.jdbc.core.convert.DataAccessStrategy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The services every repository is built with: the application's Spring Data JDBC
 * operations, JDBC operations and mapping, and Spring's transactions, so that entities
 * are read and written exactly as Spring Data reads and writes them.
 *
 * @param aggregates the application's aggregate operations
 * @param jdbc the application's JDBC operations
 * @param transactions the transactions of the operations
 * @param mapping the application's mapping
 * @param reader turns rows into entities
 * @param columnInsert inserts an entity with a foreign key column it does not map
 */
record Persistence(JdbcAggregateOperations aggregates, NamedParameterJdbcOperations jdbc, Transactions transactions,
		EntityMapping mapping, EntityReader reader, InsertWithColumn columnInsert) {

	static Persistence of(JdbcAggregateOperations aggregates, NamedParameterJdbcOperations jdbc,
			JdbcConverter converter, DataAccessStrategy dataAccessStrategy,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			@Nullable EntityCallbacks callbacks, Dialect dialect) {
		EntityMapping mapping = new EntityMapping(converter);
		return new Persistence(aggregates, jdbc, new Transactions(transactionManager), mapping,
				new EntityReader(mapping, events, callbacks),
				new InsertWithColumn(mapping, dataAccessStrategy, events, callbacks, jdbc, dialect));
	}

}
