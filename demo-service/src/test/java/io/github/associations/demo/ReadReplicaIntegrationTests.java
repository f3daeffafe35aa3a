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

package io.github.associations.demo;

import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import io.github.associations.test.TestDatabase;
import io.github.associations.test.TestDatabase.ReplayPause;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo with a read replica ({@code associations.read-replica.url}), a streaming hot
 * standby: its API reads from the replica and writes to the primary.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedPostgres(readReplica = true)
class ReadReplicaIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private TestDatabase database;

	@Test
	void theApiReadsWhatTheReplicaHasAppliedAndWritesToThePrimary() {
		Api api = new Api(this.port);
		long alice = api.post("/users", "{\"username\":\"alice\"}").id();
		assertThat(api.put("/users/" + alice + "/profile", "{\"bio\":\"hi\"}").status()).isEqualTo(200);
		assertThat(api.get("/users/" + alice + "?include=profile").<String>json("$.profile.bio")).isEqualTo("hi");
		try (ReplayPause pause = this.database.pauseReadReplica()) {
			renameWithoutWaitingForTheStandby(alice, "renamed");
			assertThat(api.get("/users/" + alice).<String>json("$.username")).isEqualTo("alice");
			assertThat(api.get("/users/" + alice + "?include=profile").<String>json("$.username")).isEqualTo("alice");
		}
		// a synchronous commit returns once the standby has applied everything before it
		this.jdbc.sql("UPDATE users SET username = 'renamed' WHERE id = ?").param(alice).update();
		assertThat(api.get("/users/" + alice).<String>json("$.username")).isEqualTo("renamed");
	}

	@Test
	void healthReportsThePrimaryAndTheReplica() {
		Api.Response health = new Api(this.port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.<String>json("$.components.db.components.dataSource.status")).isEqualTo("UP");
		assertThat(health.<String>json("$.components.db.components.associationsReadReplicaDataSource.status"))
			.isEqualTo("UP");
	}

	private void renameWithoutWaitingForTheStandby(long id, String username) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("SET LOCAL statement_timeout = '10s'").update();
			this.jdbc.sql("SET LOCAL synchronous_commit = local").update();
			this.jdbc.sql("UPDATE users SET username = ? WHERE id = ?").param(username).param(id).update();
		});
	}

}
