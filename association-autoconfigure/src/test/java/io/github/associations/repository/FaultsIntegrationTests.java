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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults in the middle of an operation: the operation fails with a clear exception, the
 * database keeps the state before it, and the next operation works.
 */
class FaultsIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcConnectionDetails connectionDetails;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Saboteur saboteur;

	private User alice;

	private Profile previous;

	@BeforeEach
	void linkAProfile() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.previous = this.profiles.create(this.alice, new Profile(null, "previous"));
	}

	@Test
	void aConnectionKilledBetweenTheStatementsOfAnOperationLeavesTheStateBeforeIt() {
		this.saboteur.arm((entity) -> terminate(
				new JdbcTemplate(this.dataSource).queryForObject("SELECT pg_backend_pid()", Integer.class)));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.profiles.set(this.alice, new Profile(null, "replacement")))
			.withMessageStartingWith(
					"User.profile: the connection to the database was lost, so the transaction did " + "not commit: ");
		assertThat(this.profiles.get(this.alice)).contains(this.previous);
		assertThat(this.jdbc.sql("SELECT count(*) FROM profiles").query(Long.class).single()).isOne();
		Profile next = this.profiles.set(this.alice, new Profile(null, "next"));
		assertThat(this.profiles.get(this.alice)).contains(next);
	}

	@Test
	void aLockTimeoutRollsTheOperationBack() throws SQLException {
		try (Connection holder = connect()) {
			holder.setAutoCommit(false);
			holder.createStatement().execute("SELECT * FROM profiles WHERE id = " + this.previous.id() + " FOR UPDATE");
			assertThatExceptionOfType(CannotAcquireLockException.class)
				.isThrownBy(() -> inTransactionWith("SET LOCAL lock_timeout = '200ms'",
						() -> this.profiles.set(this.alice, new Profile(null, "late"))));
			holder.rollback();
		}
		assertThat(this.profiles.get(this.alice)).contains(this.previous);
		assertThat(this.jdbc.sql("SELECT count(*) FROM profiles").query(Long.class).single()).isOne();
	}

	@Test
	void aStatementTimeoutRollsTheOperationBack() throws SQLException {
		try (Connection holder = connect()) {
			holder.setAutoCommit(false);
			holder.createStatement().execute("SELECT * FROM profiles WHERE id = " + this.previous.id() + " FOR UPDATE");
			assertThatExceptionOfType(QueryTimeoutException.class)
				.isThrownBy(() -> inTransactionWith("SET LOCAL statement_timeout = '200ms'",
						() -> this.profiles.set(this.alice, null)));
			holder.rollback();
		}
		assertThat(this.profiles.get(this.alice)).contains(this.previous);
	}

	private void inTransactionWith(String setting, Runnable operation) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.jdbc.sql(setting).update();
			operation.run();
		});
	}

	private void terminate(Integer pid) {
		try (Connection killer = connect()) {
			killer.createStatement().execute("SELECT pg_terminate_backend(" + pid + ")");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.connectionDetails.getJdbcUrl(), this.connectionDetails.getUsername(),
				this.connectionDetails.getPassword());
	}

}
