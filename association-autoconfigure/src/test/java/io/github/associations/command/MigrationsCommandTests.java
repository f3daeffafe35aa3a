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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
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

	private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

	@Test
	void checkFailsAndPrintsTheMissingMigrationThenGenerateWritesItThenCheckPasses() {
		assertThat(run("check")).isEqualTo(MigrationsCommand.CHANGES);
		assertThat(errors()).contains("The missing migration V1__create_profiles_users.sql is:")
			.contains("CREATE TABLE \"profiles\"");
		assertThat(run("generate")).isEqualTo(MigrationsCommand.CURRENT);
		assertThat(output()).contains("Wrote " + this.migrations.resolve("V1__create_profiles_users.sql"));
		assertThat(this.migrations.resolve("V1__create_profiles_users.sql")).exists();
		assertThat(this.migrations.resolve("associations-snapshot.json")).exists();
		assertThat(run("check")).isEqualTo(MigrationsCommand.CURRENT);
		assertThat(output())
			.endsWith("The migrations in filesystem:" + this.migrations + " cover the model definitions.\n");
		assertThat(run("generate")).isEqualTo(MigrationsCommand.CURRENT);
	}

	@Test
	void anApplicationThatDeclaresItsRepositoriesNeedsNoDatabaseEither() {
		assertThat(run("check", RepositoriesApplication.class)).isEqualTo(MigrationsCommand.CHANGES);
		assertThat(errors()).contains("The missing migration V1__create_profiles_users.sql is:");
	}

	@Test
	void theApplicationsRunnersAndReadyListenersNeverRun() {
		assertThat(run("generate", ApplicationWithRunners.class)).isEqualTo(MigrationsCommand.CURRENT);
		assertThat(run("check", ApplicationWithRunners.class)).isEqualTo(MigrationsCommand.CURRENT);
		assertThat(errors()).isEmpty();
	}

	@Test
	void destructiveChangesBlockBothActionsWithExitCodeOne() {
		assertThat(run("generate")).isEqualTo(MigrationsCommand.CURRENT);
		assertThat(run("check", UsersOnlyApplication.class)).isEqualTo(MigrationsCommand.CHANGES);
		assertThat(run("generate", UsersOnlyApplication.class)).isEqualTo(MigrationsCommand.CHANGES);
		assertThat(errors()).contains("The model definitions have destructive changes that no migration in")
			.contains("- drop table profiles")
			.contains("--associations.migrations.allow-destructive-changes=true");
	}

	@Test
	void aSnapshotThatDisagreesWithTheFilesIsExitCodeTwo() throws IOException {
		assertThat(run("generate")).isEqualTo(MigrationsCommand.CURRENT);
		Files.writeString(this.migrations.resolve("V1__create_profiles_users.sql"), "-- edited\n",
				StandardOpenOption.APPEND);
		assertThat(run("check")).isEqualTo(MigrationsCommand.FAILED);
		assertThat(run("generate")).isEqualTo(MigrationsCommand.FAILED);
		assertThat(errors()).contains("disagree with their snapshot");
	}

	@Test
	void anApplicationThatCannotStartIsExitCodeTwo() {
		assertThat(run("check", BrokenApplication.class)).isEqualTo(MigrationsCommand.FAILED);
		assertThat(errors()).contains("The application " + BrokenApplication.class.getName() + " could not be read")
			.contains("no such bean");
	}

	@Test
	void invalidArgumentsPrintTheUsage() {
		assertThat(MigrationsCommand.run(new String[] { "check" }, new PrintStream(this.output),
				new PrintStream(this.errors)))
			.isEqualTo(MigrationsCommand.FAILED);
		assertThat(MigrationsCommand.run(new String[] { "check", "com.example.Missing" }, new PrintStream(this.output),
				new PrintStream(this.errors)))
			.isEqualTo(MigrationsCommand.FAILED);
		assertThat(errors()).contains("The application class com.example.Missing is not on the classpath")
			.contains("Usage: MigrationsCommand check|generate <application class>");
	}

	@Test
	void diagramPrintsTheModelsAsAMermaidEntityRelationshipDiagram() {
		assertThat(run("diagram")).isEqualTo(MigrationsCommand.CURRENT);
		assertThat(output()).startsWith("erDiagram\n")
			.contains("    profiles {\n")
			.contains("    users |o--o| profiles : \"User.profile\"\n");
	}

	private int run(String action) {
		return run(action, Application.class);
	}

	private int run(String action, Class<?> application) {
		return MigrationsCommand.run(
				new String[] { action, application.getName(),
						"--associations.migrations.location=filesystem:" + this.migrations },
				new PrintStream(this.output), new PrintStream(this.errors));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return this.errors.toString(StandardCharsets.UTF_8);
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

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Models.class)
	static class ApplicationWithRunners {

		@Bean
		CommandLineRunner seed() {
			return (args) -> {
				throw new IllegalStateException("The command line runner ran");
			};
		}

		@Bean
		ApplicationRunner check() {
			return (args) -> {
				throw new IllegalStateException("The application runner ran");
			};
		}

		@EventListener(ApplicationReadyEvent.class)
		void ready() {
			throw new IllegalStateException("The ready listener ran");
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class UsersOnlyApplication {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Models.class)
	static class BrokenApplication {

		@Bean
		static BeanFactoryPostProcessor needsAMissingBean() {
			return (beanFactory) -> beanFactory.getBean("no such bean");
		}

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
