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

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * An embedded PostgreSQL server of a test JVM: the one for every test, and one with a
 * streaming {@link HotStandby} for the tests that read from a replica. Each is started on
 * first use, with settings for throwaway data (no fsync; no synchronous commit but to the
 * standby), and stopped when the JVM exits. Hands out fresh databases, each created from
 * one empty template.
 */
final class SharedPostgresServer {

	private static final Log logger = LogFactory.getLog(SharedPostgresServer.class);

	private static final String SUPERUSER = "postgres";

	private static final String TEMPLATE = "association_test_template";

	private static @Nullable SharedPostgresServer instance;

	private static @Nullable SharedPostgresServer replicated;

	private static @Nullable IllegalStateException replicatedFailure;

	private final EmbeddedPostgres postgres;

	private final @Nullable HotStandby standby;

	private final AtomicInteger databaseCount = new AtomicInteger();

	private SharedPostgresServer(EmbeddedPostgres postgres, @Nullable HotStandby standby) {
		this.postgres = postgres;
		this.standby = standby;
	}

	/**
	 * Return the server of this JVM, starting it on first use.
	 * @return the server
	 */
	static synchronized SharedPostgresServer get() {
		SharedPostgresServer server = instance;
		if (server == null) {
			server = start();
			instance = server;
		}
		return server;
	}

	/**
	 * Return the server of this JVM that has a streaming hot standby, starting both on
	 * first use. When they fail to start, later calls fail at once.
	 * @return the server
	 */
	static synchronized SharedPostgresServer withReadReplica() {
		IllegalStateException failure = replicatedFailure;
		if (failure != null) {
			throw new IllegalStateException("The embedded PostgreSQL server with a standby failed to start earlier",
					failure);
		}
		SharedPostgresServer server = replicated;
		if (server == null) {
			try {
				server = startWithStandby();
			}
			catch (IllegalStateException ex) {
				replicatedFailure = ex;
				throw ex;
			}
			replicated = server;
		}
		return server;
	}

	private static SharedPostgresServer start() {
		Map<String, String> config = settings();
		config.put("synchronous_commit", "off");
		return withTemplate(new SharedPostgresServer(startPostgres(config, true), null));
	}

	private static SharedPostgresServer startWithStandby() {
		Map<String, String> config = settings();
		// commits wait until the standby has applied them; none is made before it streams
		config.put("synchronous_commit", "remote_apply");
		config.put("synchronous_standby_names", HotStandby.NAME);
		EmbeddedPostgres primary = startPostgres(config, false);
		HotStandby standby;
		try {
			standby = HotStandby.start(primary, config, SUPERUSER);
		}
		catch (IOException ex) {
			stop(primary);
			throw new IllegalStateException("Could not start a hot standby of the embedded PostgreSQL server for tests",
					ex);
		}
		// the primary stops first, so that no commit waits for a standby that is gone
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stop(primary);
			standby.close();
		}, "association-test-primary-and-standby-closer"));
		return withTemplate(new SharedPostgresServer(primary, standby));
	}

	/**
	 * Settings for throwaway data: no fsync (the embedded server's default) and no full
	 * page writes.
	 */
	private static Map<String, String> settings() {
		Map<String, String> config = new LinkedHashMap<>();
		config.put("max_connections", "300");
		config.put("full_page_writes", "off");
		return config;
	}

	private static EmbeddedPostgres startPostgres(Map<String, String> config, boolean stopWithTheJvm) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(stopWithTheJvm);
			config.forEach(builder::setServerConfig);
			return builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL server for tests", ex);
		}
	}

	private static SharedPostgresServer withTemplate(SharedPostgresServer server) {
		server.execute("CREATE DATABASE " + TEMPLATE
				+ " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' IS_TEMPLATE true");
		return server;
	}

	private static void stop(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			logger.debug("Could not stop the embedded PostgreSQL server", ex);
		}
	}

	/**
	 * Create a fresh database from the template.
	 * @return the new database
	 */
	TestDatabase createDatabase() {
		String name = "test_" + this.databaseCount.incrementAndGet();
		execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
		return new TestDatabase(this, name);
	}

	/**
	 * Drop a database, closing its remaining connections. Failures are only logged: the
	 * server may already be stopping with the JVM.
	 * @param name the name of the database
	 */
	void dropDatabase(String name) {
		try {
			execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (IllegalStateException ex) {
			logger.debug("Could not drop test database " + name, ex);
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	/**
	 * Return the URL of a database on the standby, if the server has one.
	 * @param database the name of the database
	 * @return the URL, or {@code null}
	 */
	@Nullable String replicaJdbcUrl(String database) {
		HotStandby standby = this.standby;
		return (standby != null) ? "jdbc:postgresql://localhost:" + standby.getPort() + "/" + database : null;
	}

	String username() {
		return SUPERUSER;
	}

	private void execute(String sql) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the embedded PostgreSQL server", ex);
		}
	}

}
