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
import java.util.List;
import java.util.stream.Stream;

import io.github.associations.model.ModelDefinition;
import io.github.associations.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * On a PostgreSQL older than the oldest supported one, the application stops before
 * Flyway changes the database, with a failure analysis naming both versions. Runs in a
 * JVM of its own, on PostgreSQL 14.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnsupportedPostgresIntegrationTests {

	private final TestDatabase database = TestDatabase.create();

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void postgresqlOlderThanTheOldestSupportedStopsTheApplicationBeforeFlywayMigrates(CapturedOutput output,
			@TempDir Path migrations) throws IOException {
		Files.writeString(migrations.resolve("V1__marker.sql"), "CREATE TABLE marker (id integer);\n");
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.datasource.url=" + this.database.getJdbcUrl(),
				"--spring.datasource.username=" + this.database.getUsername(),
				"--spring.flyway.locations=filesystem:" + migrations, "--associations.migrations.mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.containsPattern("PostgreSQL 14\\.\\d+ is older than 15, the oldest version Associations for Spring Data "
					+ "JDBC supports\\.")
			.contains("Connect to PostgreSQL 15 or newer (spring.datasource.url)");
		assertThat(tables()).isEmpty();
	}

	@Test
	void writeModeOnAnUnsupportedPostgresqlWritesAndAppliesNothing(CapturedOutput output, @TempDir Path root)
			throws IOException {
		Path migrations = Files.createDirectories(root.resolve("db/migration"));
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.datasource.url=" + this.database.getJdbcUrl(),
				"--spring.datasource.username=" + this.database.getUsername(),
				"--spring.flyway.locations=filesystem:" + migrations, "--associations.migrations.mode=write",
				"--associations.migrations.location=filesystem:" + migrations));
		assertThat(output).containsPattern("PostgreSQL 14\\.\\d+ is older than 15");
		try (Stream<Path> files = Files.list(migrations)) {
			assertThat(files).isEmpty();
		}
		assertThat(tables()).isEmpty();
	}

	private List<String> tables() {
		JdbcClient jdbc = JdbcClient
			.create(new DriverManagerDataSource(this.database.getJdbcUrl(), this.database.getUsername(), ""));
		return jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").query(String.class).list();
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

		@Bean
		ModelDefinition<Note> note() {
			return ModelDefinition.of(Note.class);
		}

	}

	@Table("notes")
	record Note(@Id Long id, String text) {
	}

}
