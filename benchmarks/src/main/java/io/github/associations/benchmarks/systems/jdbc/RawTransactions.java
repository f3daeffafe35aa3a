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

package io.github.associations.benchmarks.systems.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Transactions as hand-written JDBC code runs them: {@code setAutoCommit(false)} ...
 * {@code commit()}, or {@code rollback()} on failure.
 */
final class RawTransactions {

	private RawTransactions() {
	}

	/**
	 * Run work in a transaction of its own.
	 * @param <R> the result's type
	 * @param dataSource where to take the connection
	 * @param work the work
	 * @return the work's result
	 */
	static <R> R write(DataSource dataSource, Work<R> work) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				R result = work.run(connection);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Run work in auto-commit mode.
	 * @param <R> the result's type
	 * @param dataSource where to take the connection
	 * @param work the work
	 * @return the work's result
	 */
	static <R> R read(DataSource dataSource, Work<R> work) {
		try (Connection connection = dataSource.getConnection()) {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Execute an {@code INSERT ... RETURNING id}.
	 * @param insert the statement, its parameters bound
	 * @return the new row's id
	 * @throws SQLException if the statement fails
	 */
	static long returnedId(PreparedStatement insert) throws SQLException {
		try (ResultSet keys = insert.executeQuery()) {
			keys.next();
			return keys.getLong(1);
		}
	}

	/**
	 * Work on a connection.
	 *
	 * @param <R> the result's type
	 */
	@FunctionalInterface
	interface Work<R> {

		R run(Connection connection) throws SQLException;

	}

}
