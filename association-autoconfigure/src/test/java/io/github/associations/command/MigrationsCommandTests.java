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

package io.github.associations.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations command checks and generates migrations without a database.
 */
class MigrationsCommandTests {

	@TempDir
	Path migrations;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void checkFailsAndPrintsTheMissingMigrationThenGenerateWritesItThenCheckPasses() {
		assertThat(run("check")).isOne();
		assertThat(output()).contains("Missing migration V1__create_profiles_users.sql:")
			.contains("CREATE TABLE \"profiles\"");
		assertThat(run("generate")).isZero();
		assertThat(this.migrations.resolve("V1__create_profiles_users.sql")).exists();
		assertThat(this.migrations.resolve("associations-snapshot.json")).exists();
		assertThat(run("check")).isZero();
		assertThat(output())
			.endsWith("The migrations in filesystem:" + this.migrations + " cover the model definitions.\n");
	}

	@Test
	void anApplicationThatDeclaresItsRepositoriesNeedsNoDatabaseEither() {
		assertThat(run("check", RepositoriesApplication.class)).isOne();
		assertThat(output()).contains("Missing migration V1__create_profiles_users.sql:");
	}

	@Test
	void invalidArgumentsPrintTheUsage() {
		assertThat(MigrationsCommand.run(new String[] { "check" }, new PrintStream(this.output))).isEqualTo(2);
		assertThat(MigrationsCommand.run(new String[] { "check", "com.example.Missing" }, new PrintStream(this.output)))
			.isEqualTo(2);
		assertThat(output()).contains("The application class com.example.Missing is not on the classpath")
			.contains("Usage: MigrationsCommand check|generate <application class>");
	}

	private int run(String action) {
		return run(action, Application.class);
	}

	private int run(String action, Class<?> application) {
		return MigrationsCommand.run(
				new String[] { action, application.getName(),
						"--associations.migrations.location=filesystem:" + this.migrations },
				new PrintStream(this.output));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("profiles")
	record Profile(@Id Long id) {
	}

	interface UserRepository extends CrudRepository<User, Long> {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Models.class)
	static class Application {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableJdbcRepositories(basePackageClasses = MigrationsCommandTests.class, considerNestedRepositories = true)
	@Import(Models.class)
	static class RepositoriesApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class Models {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class).hasOne(Profile.class);
		}

		@Bean
		ModelDefinition<Profile> profile() {
			return ModelDefinition.of(Profile.class);
		}

	}

}
