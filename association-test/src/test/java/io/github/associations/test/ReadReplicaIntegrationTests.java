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

package io.github.associations.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.github.associations.test.sample.Note;
import io.github.associations.test.sample.NoteRepository;
import io.github.associations.test.sample.SampleApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A context's database with a read replica: the replica is a streaming hot standby that
 * has applied every commit before the commit returns, and it refuses writes.
 */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureEmbeddedPostgres(readReplica = true)
class ReadReplicaIntegrationTests {

	@Autowired
	private NoteRepository notes;

	@Autowired
	private JdbcClient primary;

	@Autowired
	private Environment environment;

	@Test
	void theReplicaIsAHotStandbyOfTheSameDatabase() throws SQLException {
		try (Connection connection = replicaConnection()) {
			JdbcClient replica = jdbc(connection);
			assertThat(replica.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
			assertThat(replica.sql("SELECT current_database()").query(String.class).single())
				.isEqualTo(this.primary.sql("SELECT current_database()").query(String.class).single());
		}
		assertThat(this.primary.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).isFalse();
	}

	@Test
	void aCommittedWriteIsOnTheReplicaWhenTheCommitReturns() throws SQLException {
		Note saved = this.notes.save(new Note(null, "replicated"));

		try (Connection connection = replicaConnection()) {
			assertThat(jdbc(connection).sql("SELECT text FROM notes WHERE id = ?")
				.param(saved.id())
				.query(String.class)
				.optional()).contains("replicated");
		}
		assertThat(this.primary
			.sql("SELECT sync_state FROM pg_stat_replication WHERE application_name = 'association_test_standby'")
			.query(String.class)
			.single()).isEqualTo("sync");
		assertThat(this.primary.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("remote_apply");
		System.out.println("Replication lag after the commit: " + this.primary
			.sql("SELECT coalesce(nullif(concat_ws(' / ', 'write ' || write_lag, 'flush ' || flush_lag, "
					+ "'replay ' || replay_lag), ''), 'not measured') "
					+ "FROM pg_stat_replication WHERE application_name = 'association_test_standby'")
			.query(String.class)
			.single());
	}

	@Test
	void theReplicaRefusesWrites() throws SQLException {
		try (Connection connection = replicaConnection(); Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("INSERT INTO notes (text) VALUES ('refused')"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("25006"));
		}
	}

	@Test
	void aDatabaseWithAReadReplicaIsDroppedOnTheStandbyToo() throws SQLException {
		try (TestDatabase database = TestDatabase.createWithReadReplica()) {
			try (Connection connection = DriverManager.getConnection(database.getReadReplicaJdbcUrl(),
					database.getUsername(), null)) {
				assertThat(jdbc(connection).sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
			}
			database.close();
			assertThatExceptionOfType(SQLException.class).isThrownBy(
					() -> DriverManager.getConnection(database.getReadReplicaJdbcUrl(), database.getUsername(), null))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("3D000"));
		}
	}

	private Connection replicaConnection() throws SQLException {
		return DriverManager.getConnection(this.environment.getRequiredProperty("associations.read-replica.url"),
				this.environment.getRequiredProperty("associations.read-replica.username"), null);
	}

	private static JdbcClient jdbc(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

}
