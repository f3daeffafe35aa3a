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

package io.github.associations.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.associations.devserver.EmbeddedPostgresServer;
import io.github.associations.devserver.EmbeddedPostgresSettings;
import io.github.associations.devserver.EmbeddedPostgresStartException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EmbeddedPostgresAutoConfiguration} starting real servers: the application's
 * auto-configured pool and Flyway use them, they stop with the context, and a data
 * directory keeps the data across restarts.
 */
class EmbeddedPostgresAutoConfigurationIntegrationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class,
				DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
		.withPropertyValues("associations.embedded-postgres.enabled=true", "spring.flyway.enabled=false");

	@Test
	void connectsTheAutoConfiguredPoolToTheServer() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedPostgresServer.class);
			EmbeddedPostgresServer server = context.getBean(EmbeddedPostgresServer.class);
			assertThat(context.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
					(pool) -> assertThat(pool.getJdbcUrl()).isEqualTo(server.jdbcUrl("postgres")));
			assertThat(jdbc(context).sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL ");
		});
	}

	@Test
	void flywayMigratesTheServersDatabase() {
		this.contextRunner
			.withPropertyValues("spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/embedded-postgres")
			.run((context) -> assertThat(jdbc(context).sql("SELECT text FROM greetings").query(String.class).list())
				.containsExactly("hello from Flyway"));
	}

	@Test
	void stopsTheServerWhenTheContextCloses() {
		AtomicInteger port = new AtomicInteger();
		this.contextRunner.run((context) -> port.set(context.getBean(EmbeddedPostgresServer.class).port()));
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> DriverManager
			.getConnection("jdbc:postgresql://localhost:" + port.get() + "/postgres", "postgres", null)
			.close());
	}

	@Test
	void aBlankDataSourceUrlDoesNotCountAsSet() {
		this.contextRunner.withPropertyValues("spring.datasource.url= ")
			.run((context) -> assertThat(context).hasSingleBean(EmbeddedPostgresServer.class));
	}

	@Test
	void keepsTheDataAcrossRestartsInADataDirectory(@TempDir Path dataDirectory) {
		ApplicationContextRunner persistent = this.contextRunner
			.withPropertyValues("associations.embedded-postgres.data-directory=" + dataDirectory);
		persistent.run(
				(context) -> jdbc(context).sql("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')")
					.update());
		persistent.run((context) -> {
			assertThat(context.getBean(EmbeddedPostgresServer.class).dataDirectory()).isEqualTo(dataDirectory);
			assertThat(jdbc(context).sql("SELECT value FROM kept").query(String.class).list())
				.containsExactly("still here");
		});
	}

	@Test
	void aServerRunningOnTheDataDirectoryStopsTheStartAtOnceNamingItsPid(@TempDir Path dataDirectory) {
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer
			.start(new EmbeddedPostgresSettings(dataDirectory, 0, Duration.ofSeconds(60)))) {
			this.contextRunner.withPropertyValues("associations.embedded-postgres.data-directory=" + dataDirectory)
				.run((context) -> {
					assertThat(context).hasFailed();
					FailureAnalysis analysis = new EmbeddedPostgresStartFailureAnalyzer()
						.analyze(context.getStartupFailure());
					assertThat(analysis).isNotNull();
					assertThat(analysis.getCause()).isInstanceOf(EmbeddedPostgresStartException.class);
					assertThat(analysis.getDescription()).isEqualTo("A PostgreSQL server (pid " + running.pid()
							+ ") is still running on the data directory " + dataDirectory
							+ ", left by a process that did not stop it (such as an application killed with kill -9).");
					assertThat(analysis.getAction()).startsWith("Stop that server: kill " + running.pid())
						.contains("associations.embedded-postgres.data-directory");
				});
		}
	}

	@Test
	void explainsAFailedStartWithTheServersLog(@TempDir Path notADirectory) throws IOException {
		Path file = Files.writeString(notADirectory.resolve("file"), "not a data directory");
		this.contextRunner.withPropertyValues("associations.embedded-postgres.data-directory=" + file)
			.run((context) -> {
				FailureAnalysis analysis = new EmbeddedPostgresStartFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.startsWith("The embedded PostgreSQL server did not start with data directory '" + file + "': ")
					.containsPattern("The output of initdb and the server is in .*embedded-postgres-.*\\.log");
				assertThat(analysis.getAction()).contains("associations.embedded-postgres.data-directory")
					.contains("spring.datasource.url");
			});
	}

	private static JdbcClient jdbc(ApplicationContext context) {
		return JdbcClient.create(context.getBean(DataSource.class));
	}

}
