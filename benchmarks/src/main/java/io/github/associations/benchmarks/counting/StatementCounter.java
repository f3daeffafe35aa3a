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

package io.github.associations.benchmarks.counting;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts statements and round trips as the PostgreSQL driver spends them: every execution
 * is one round trip (a batch too), {@code BEGIN} travels with the first statement of a
 * transaction, and {@code COMMIT} or {@code ROLLBACK} (also the implicit one of
 * {@code setAutoCommit(true)} or of a pool closing a connection in a transaction) costs a
 * round trip only when the transaction executed something.
 */
final class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

	private final Set<String> connectionsInTransaction = new HashSet<>();

	private long statements;

	private long roundTrips;

	synchronized void reset() {
		this.connectionsInTransaction.clear();
		this.statements = 0;
		this.roundTrips = 0;
	}

	synchronized Counts counts(int operations) {
		return new Counts((double) this.statements / operations, (double) this.roundTrips / operations, operations);
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		this.roundTrips++;
		this.statements += execution.isBatch() ? execution.getBatchSize() : queries.size();
		if (!autoCommit(execution)) {
			this.connectionsInTransaction.add(execution.getConnectionId());
		}
	}

	@Override
	public void beforeMethod(MethodExecutionContext context) {
	}

	@Override
	public synchronized void afterMethod(MethodExecutionContext context) {
		if (!(context.getTarget() instanceof Connection)) {
			return;
		}
		Method method = context.getMethod();
		boolean endsTransaction = switch (method.getName()) {
			case "commit", "rollback", "close" -> true;
			case "setAutoCommit" -> Boolean.TRUE.equals(context.getMethodArgs()[0]);
			default -> false;
		};
		if (endsTransaction && this.connectionsInTransaction.remove(context.getConnectionInfo().getConnectionId())) {
			this.roundTrips++;
		}
	}

	private static boolean autoCommit(ExecutionInfo execution) {
		try {
			return execution.getStatement().getConnection().getAutoCommit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the connection's auto-commit mode", ex);
		}
	}

}
