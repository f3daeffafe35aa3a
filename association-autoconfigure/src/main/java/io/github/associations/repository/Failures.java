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
import java.util.function.Supplier;

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

	private final String association;

	private final String foreignKeyConstraint;

	private final @Nullable String uniqueConstraint;

	Failures(BoundAssociation association) {
		this(association.name(), association.foreignKeyConstraint(), association.uniqueConstraint());
	}

	/**
	 * Translate the failures of an association's writes.
	 * @param association the association's name, for messages
	 * @param foreignKeyConstraint the foreign key whose violation means that the row an
	 * attempt references is missing
	 * @param uniqueConstraint the unique constraint whose violation is a conflict, or
	 * {@code null}
	 */
	Failures(String association, String foreignKeyConstraint, @Nullable String uniqueConstraint) {
		this.association = association;
		this.foreignKeyConstraint = foreignKeyConstraint;
		this.uniqueConstraint = uniqueConstraint;
	}

	/**
	 * Run an operation that writes the foreign key.
	 * @param attempt what the operation links
	 * @param operation the operation
	 * @return the operation's result
	 */
	<R> R translate(Attempt attempt, Supplier<R> operation) {
		try {
			return operation.get();
		}
		catch (DataIntegrityViolationException ex) {
			throw integrityViolation(attempt, ex);
		}
		catch (DataAccessException ex) {
			throw accessFailure(attempt, ex);
		}
	}

	private DataAccessException integrityViolation(Attempt attempt, DataIntegrityViolationException ex) {
		if (violates(ex, FOREIGN_KEY_VIOLATION, this.foreignKeyConstraint)) {
			return new MissingEntityException(this.association, attempt.missingType(), attempt.missingId(), ex);
		}
		if (this.uniqueConstraint != null && violates(ex, UNIQUE_VIOLATION, this.uniqueConstraint)) {
			if (attempt.concurrent()) {
				return new ConcurrencyFailureException(
						this.association + ": " + attempt.conflict().get() + " at the same time; retry the transaction",
						ex);
			}
			return new DataIntegrityViolationException(this.association + ": " + attempt.conflict().get(), ex);
		}
		if (isDataException(ex)) {
			return new DataIntegrityViolationException(this.association + ": a value cannot be stored (linking "
					+ attempt.rows().get() + "): " + firstLine(ex.getMostSpecificCause().getMessage()), ex);
		}
		return ex;
	}

	private DataAccessException accessFailure(Attempt attempt, DataAccessException ex) {
		String sqlState = sqlState(ex);
		if (DEADLOCK_DETECTED.equals(sqlState) || SERIALIZATION_FAILURE.equals(sqlState)) {
			String what = DEADLOCK_DETECTED.equals(sqlState) ? "a deadlock with another transaction"
					: "a serialization failure against another transaction";
			return new PessimisticLockingFailureException(
					this.association + ": " + what + " on " + attempt.rows().get() + "; retry the transaction", ex);
		}
		if (LOCK_NOT_AVAILABLE.equals(sqlState)) {
			return new CannotAcquireLockException(this.association + ": a row of " + attempt.rows().get()
					+ " was locked by another transaction for longer than the lock timeout; retry the transaction", ex);
		}
		if (ADMIN_SHUTDOWN.equals(sqlState) || (sqlState != null && sqlState.startsWith(CONNECTION_EXCEPTION_CLASS))) {
			return new DataAccessResourceFailureException(
					this.association + ": the connection to the database was lost, so the transaction did not commit: "
							+ ex.getMostSpecificCause().getMessage(),
					ex);
		}
		return ex;
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

	/**
	 * Return whether a failure is a violation of a foreign key.
	 * @param ex the failure
	 * @param constraint the foreign key's name
	 */
	static boolean violatesForeignKey(DataIntegrityViolationException ex, String constraint) {
		return violates(ex, FOREIGN_KEY_VIOLATION, constraint);
	}

	private static boolean violates(DataIntegrityViolationException ex, String sqlState, String constraint) {
		Throwable cause = ex.getMostSpecificCause();
		if (!(cause instanceof SQLException sqlException) || !sqlState.equals(sqlException.getSQLState())) {
			return false;
		}
		String message = String.valueOf(sqlException.getMessage());
		return message.contains("\"" + constraint + "\"");
	}

	/**
	 * What an operation links, for the messages of its failures.
	 *
	 * @param missingType the type whose row is missing when the foreign key is violated
	 * @param missingId the id of that row
	 * @param rows the rows the operation links, such as {@code User 42 and Profile 7}
	 * @param conflict what another row did when the unique constraint is violated
	 * @param concurrent whether such a violation is a conflict with another transaction,
	 * to retry, rather than the operation's own fault
	 */
	record Attempt(Class<?> missingType, @Nullable Object missingId, Supplier<String> rows, Supplier<String> conflict,
			boolean concurrent) {

	}

}
