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

package io.github.associations.benchmarks.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A database on the benchmark server: the template, seeded once per run, or a trial
 * database cloned from it so that every trial starts from the same rows.
 */
public final class BenchmarkDatabase implements AutoCloseable {

	/**
	 * The system property with the server's port, set by the suite for every fork.
	 */
	public static final String PORT_PROPERTY = "benchmarks.postgres.port";

	static final String TEMPLATE = "benchmark_template";

	private static final String USER = "postgres";

	private static final AtomicInteger trials = new AtomicInteger();

	private final int port;

	private final String name;

	private BenchmarkDatabase(int port, String name) {
		this.port = port;
		this.name = name;
	}

	/**
	 * Return the template database on a server.
	 * @param port the server's port
	 * @return the template
	 */
	static BenchmarkDatabase template(int port) {
		return new BenchmarkDatabase(port, TEMPLATE);
	}

	/**
	 * Create a database for a trial, a copy of the seeded template, on the server named
	 * by the {@value #PORT_PROPERTY} system property.
	 * @return the new database
	 */
	public static BenchmarkDatabase cloneTemplate() {
		int port = Integer.getInteger(PORT_PROPERTY, 0);
		if (port == 0) {
			throw new IllegalStateException(
					"No benchmark PostgreSQL: run the benchmarks with BenchmarkSuite, which sets " + PORT_PROPERTY);
		}
		String name = "trial_" + ProcessHandle.current().pid() + "_" + trials.incrementAndGet();
		BenchmarkDatabase database = new BenchmarkDatabase(port, name);
		database.administer("CREATE DATABASE \"" + name + "\" TEMPLATE \"" + TEMPLATE + "\" STRATEGY FILE_COPY");
		return database;
	}

	public String url() {
		return url(this.name);
	}

	/**
	 * Open a pool of two connections to the database, configured alike for every system.
	 * @param autoCommit the connections' initial auto-commit mode
	 * @return the pool
	 */
	public HikariDataSource pool(boolean autoCommit) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url());
		config.setUsername(USER);
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(2);
		config.setAutoCommit(autoCommit);
		config.setPoolName(this.name);
		return new HikariDataSource(config);
	}

	/**
	 * Open a connection outside the pool, for preparing and checking rows without being
	 * counted or timed.
	 * @return a new connection in auto-commit mode
	 * @throws SQLException if the connection fails
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), USER, "");
	}

	void administer(String sql) {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "': " + ex.getMessage(), ex);
		}
	}

	private String url(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	@Override
	public void close() {
		administer("DROP DATABASE IF EXISTS \"" + this.name + "\" WITH (FORCE)");
	}

}
