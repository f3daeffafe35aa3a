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

package io.github.associations.replica;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.IsolationLevelDataSourceAdapter;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A {@link DataSource} that sends read-only work to a read replica and everything else to
 * the primary, built from Spring's own {@link LazyConnectionDataSourceProxy} and
 * {@link IsolationLevelDataSourceAdapter}.
 * <p>
 * A connection is taken from the replica when it is marked read-only before its first
 * statement: by the transaction manager for a read-only transaction, and by this data
 * source when it is asked for a connection in a read-only scope without a transaction
 * (such as a read-only {@code SUPPORTS} read, which the transaction manager does not
 * mark). Every other connection, and so everything in a read-write transaction, including
 * its reads, is the primary's. Connections are taken from either only when a statement
 * needs one.
 * <p>
 * The replica's connections should be read-only themselves, and have the primary's
 * auto-commit and isolation defaults: they are not changed here.
 */
public final class ReadReplicaRoutingDataSource extends DelegatingDataSource {

	private final DataSource primary;

	private final DataSource replica;

	/**
	 * Create a data source that routes between a primary and its read replica.
	 * @param primary the data source of the primary
	 * @param replica the data source of the read replica
	 */
	public ReadReplicaRoutingDataSource(DataSource primary, DataSource replica) {
		this.primary = primary;
		this.replica = replica;
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy();
		routing.setTargetDataSource(primary);
		routing.setReadOnlyDataSource(replica);
		ReadOnlyMarking marking = new ReadOnlyMarking();
		marking.setTargetDataSource(routing);
		setTargetDataSource(marking);
	}

	/**
	 * Return the data source of the primary.
	 * @return the primary
	 */
	public DataSource getPrimary() {
		return this.primary;
	}

	/**
	 * Return the data source of the read replica.
	 * @return the replica
	 */
	public DataSource getReplica() {
		return this.replica;
	}

	@Override
	public String toString() {
		return "ReadReplicaRoutingDataSource [primary " + this.primary + ", replica " + this.replica + "]";
	}

	/**
	 * Marks a connection read-only when the current scope is read-only, and leaves the
	 * isolation level to the transaction manager, which sets it for transactions, so that
	 * routing changes nothing else about a connection.
	 */
	private static final class ReadOnlyMarking extends IsolationLevelDataSourceAdapter {

		@Override
		protected @Nullable Integer getCurrentIsolationLevel() {
			return null;
		}

	}

}
