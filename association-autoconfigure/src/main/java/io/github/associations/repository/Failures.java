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

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import io.github.associations.schema.SchemaNames;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Turns the constraint violations of an association's statements into exceptions that
 * name the association and the rows: a foreign key violation means that the referenced
 * row does not exist; a unique violation of the foreign key, where the statements unlink
 * the previous holders first, means that a concurrent transaction linked the same key.
 */
final class Failures {

	private static final String FOREIGN_KEY_VIOLATION = "23503";

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final String DEADLOCK_DETECTED = "40P01";

	private static final String SERIALIZATION_FAILURE = "40001";

	private static final String ADMIN_SHUTDOWN = "57P01";

	private static final String CONNECTION_EXCEPTION_CLASS = "08";

	private static final String DATA_EXCEPTION_CLASS = "22";

	private Failures() {
	}

	/**
	 * Run an operation that writes a foreign key.
	 * @param association the association
	 * @param missing what does not exist when the foreign key is violated, such as
	 * {@code User 42}
	 * @param conflict what another transaction did when the unique constraint is violated
	 * @param uniqueViolationIsConflict whether a unique violation is a conflict with
	 * another transaction rather than the operation's own fault
	 * @param rows the rows the operation links, such as {@code User 42 and Profile 7}
	 * @param operation the operation
	 * @return the operation's result
	 */
	static <R> R translate(BoundAssociation association, Class<?> missingType, @Nullable Object missingId,
			Supplier<String> conflict, boolean uniqueViolationIsConflict, Supplier<String> rows,
			Supplier<R> operation) {
		try {
			return operation.get();
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = association.association().foreignKey().name();
			if (violates(ex, FOREIGN_KEY_VIOLATION, constraint)) {
				throw new MissingEntityException(association.name(), missingType, missingId, ex);
			}
			if (violates(ex, UNIQUE_VIOLATION, SchemaNames.unique(association.association().foreignKey().table(),
					List.of(association.foreignKeyColumn())))) {
				if (uniqueViolationIsConflict) {
					throw new ConcurrencyFailureException(
							association.name() + ": " + conflict.get() + " at the same time; retry the transaction",
							ex);
				}
				throw new DataIntegrityViolationException(association.name() + ": " + conflict.get(), ex);
			}
			if (isDataException(ex)) {
				throw new DataIntegrityViolationException(association.name() + ": a value cannot be stored (linking "
						+ rows.get() + "): " + firstLine(ex.getMostSpecificCause().getMessage()), ex);
			}
			throw ex;
		}
		catch (DataAccessException ex) {
			String sqlState = sqlState(ex);
			if (DEADLOCK_DETECTED.equals(sqlState) || SERIALIZATION_FAILURE.equals(sqlState)) {
				String what = DEADLOCK_DETECTED.equals(sqlState) ? "a deadlock with another transaction"
						: "a serialization failure against another transaction";
				throw new PessimisticLockingFailureException(
						association.name() + ": " + what + " on " + rows.get() + "; retry the transaction", ex);
			}
			if (LOCK_NOT_AVAILABLE.equals(sqlState)) {
				throw new CannotAcquireLockException(association.name() + ": a row of " + rows.get()
						+ " was locked by another transaction for longer than the lock timeout; retry the transaction",
						ex);
			}
			if (ADMIN_SHUTDOWN.equals(sqlState)
					|| (sqlState != null && sqlState.startsWith(CONNECTION_EXCEPTION_CLASS))) {
				throw new DataAccessResourceFailureException(association.name()
						+ ": the connection to the database was lost, so the transaction did not commit: "
						+ ex.getMostSpecificCause().getMessage(), ex);
			}
			throw ex;
		}
	}

	/**
	 * Return whether PostgreSQL refused a value itself (too long, not encodable, out of
	 * range): its class 22 of errors, a fault of the data rather than a conflict.
	 */
	private static boolean isDataException(DataAccessException ex) {
		String sqlState = sqlState(ex);
		return sqlState != null && sqlState.startsWith(DATA_EXCEPTION_CLASS);
	}

	private static String firstLine(@Nullable String message) {
		String text = String.valueOf(message);
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

	private static @Nullable String sqlState(DataAccessException ex) {
		Throwable cause = ex.getMostSpecificCause();
		return (cause instanceof SQLException sqlException) ? sqlException.getSQLState() : null;
	}

	private static boolean violates(DataIntegrityViolationException ex, String sqlState, @Nullable String constraint) {
		Throwable cause = ex.getMostSpecificCause();
		if (!(cause instanceof SQLException sqlException) || !sqlState.equals(sqlException.getSQLState())) {
			return false;
		}
		String message = String.valueOf(sqlException.getMessage());
		return constraint == null || message.contains("\"" + constraint + "\"");
	}

}
