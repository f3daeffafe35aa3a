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
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.MigrationSettings;
import io.github.associations.migration.Migrations;
import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;
import io.github.associations.schema.SchemaDerivation;
import io.github.associations.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AttributeOption.notNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration modes at startup, on a real database: validate stops the application when
 * migrations are missing, write generates them and Flyway applies them in the same start.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationModesIntegrationTests {

	private final TestDatabase database = TestDatabase.create();

	private final JdbcClient jdbc = JdbcClient
		.create(new DriverManagerDataSource(this.database.getJdbcUrl(), this.database.getUsername(), ""));

	@TempDir
	Path root;

	private Path migrations;

	private ApplicationContextRunner contextRunner;

	MigrationModesIntegrationTests() {
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
					AssociationsAutoConfiguration.class, AssociationMigrationsAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + this.database.getJdbcUrl(),
					"spring.datasource.username=" + this.database.getUsername());
	}

	@BeforeEach
	void createMigrationsDirectory() throws IOException {
		this.migrations = Files.createDirectories(this.root.resolve("db/migration"));
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void validateStopsTheApplicationWithTheMissingMigrationBeforeFlywayChangesTheDatabase() {
		runner().withUserConfiguration(UsersAndProfiles.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.startsWith("The model definitions have changes that no migration in " + "filesystem:" + this.migrations
						+ " covers. The missing migration V1__create_profiles_users.sql is:")
				.contains("CREATE TABLE \"users\" (")
				.contains("ALTER TABLE \"profiles\" ADD CONSTRAINT \"fk_profiles_user_id\"");
			assertThat(analysis.getAction())
				.contains("mvn spring-boot:run -Dspring-boot.run.arguments=\"--associations.migrations.mode=write\"")
				.doesNotContain("<");
		});
		assertThat(tables()).isEmpty();
	}

	@Test
	void validateLetsTheApplicationStartWhenTheCommittedMigrationsCoverTheModels() {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		runner().withUserConfiguration(UsersAndProfiles.class).run((context) -> assertThat(context).hasNotFailed());
		assertThat(tables()).contains("users", "profiles", "flyway_schema_history");
	}

	@Test
	void eachModeLogsOneLineSummarisingTheModelsTheAssociationsAndTheMigrations(CapturedOutput output) {
		ApplicationContextRunner writing = runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class);
		writing.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Associations: 2 models, 2 associations; migration V1__create_profiles_users.sql "
				+ "written and applied");
		runner().withUserConfiguration(UsersAndProfiles.class).run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains(
				"Associations: 2 models, 2 associations; migrations current (V1) in filesystem:" + this.migrations);
		runner().withPropertyValues("associations.migrations.mode=off")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Associations: 2 models, 2 associations; migrations neither validated nor "
				+ "written (associations.migrations.mode=off)");
	}

	@Test
	void theSummarySaysWhichBelongsToAreOneToOneOnlyBecauseTheyAreDeclaredAlone(CapturedOutput output) {
		runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(LoneBelongsTo.class)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("written and applied; one-to-one as declared alone: Profile.user (for "
				+ "many-to-one, declare hasMany on the target or give the belongsTo unique(false))");
	}

	@Test
	void validateStopsTheApplicationWhenAGeneratedMigrationWasEdited() throws IOException {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		Path file = this.migrations.resolve("V1__create_profiles_users.sql");
		Files.writeString(file, Files.readString(file) + "\n-- edited\n");
		runner().withUserConfiguration(UsersAndProfiles.class).run((context) -> {
			FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).startsWith("The migrations in filesystem:" + this.migrations
					+ " disagree with their snapshot:\n\n- V1__create_profiles_users.sql was changed after it was "
					+ "generated");
		});
	}

	@Test
	void validateStopsTheApplicationOnDestructiveChangesAndSaysHowToAllowThem() {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		runner().withUserConfiguration(UsersOnly.class).run((context) -> {
			FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("destructive changes").contains("- drop table profiles");
			assertThat(analysis.getAction()).contains("associations.migrations.allow-destructive-changes=true");
		});
	}

	@Test
	void writeOnAnEmptyDatabaseStartsWithTheFullSchemaAndLogsWhatItWrote(CapturedOutput output) throws IOException {
		runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(files()).containsOnlyKeys("V1__create_profiles_users.sql", "associations-snapshot.json");
		assertThat(tables()).contains("users", "profiles");
		assertThat(appliedVersions()).containsExactly("1");
		assertThat(output).contains("WARN").contains("associations.migrations.mode=write");
		assertThat(output).contains("Wrote " + this.migrations.resolve("V1__create_profiles_users.sql"))
			.contains("CREATE TABLE \"profiles\"");
	}

	@Test
	void aSecondStartInWriteModeOnAnUnchangedModelWritesNothing() throws IOException {
		ApplicationContextRunner writing = runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class);
		writing.run((context) -> assertThat(context).hasNotFailed());
		Map<String, String> files = files();
		writing.run((context) -> assertThat(context).hasNotFailed());
		assertThat(files()).isEqualTo(files);
		assertThat(appliedVersions()).containsExactly("1");
	}

	@Test
	void aUsersOwnMigrationBesideTheGeneratedOnesKeepsWorking() throws IOException {
		Files.writeString(this.migrations.resolve("V1__audit.sql"), "CREATE TABLE audit (entry text);\n");
		runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(files()).containsKeys("V1__audit.sql", "V2__create_profiles_users.sql");
		assertThat(appliedVersions()).containsExactly("1", "2");
		runner().withUserConfiguration(UsersAndProfiles.class).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void writeWritesNothingWhileFlywayReportsAFailedMigration() throws IOException {
		Files.writeString(this.migrations.resolve("V1__audit.sql"), "CREATE TABLE audit (entry text);\n");
		Files.writeString(this.migrations.resolve("V2__broken.sql"), "SELECT 1;\n");
		Flyway.configure()
			.dataSource(this.database.getJdbcUrl(), this.database.getUsername(), null)
			.locations("filesystem:" + this.migrations)
			.target("1")
			.load()
			.migrate();
		this.jdbc.sql("""
				INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
				    installed_by, execution_time, success)
				VALUES (2, '2', 'broken', 'SQL', 'V2__broken.sql', 0, 'test', 0, false)
				""").update();
		runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> {
				FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.isEqualTo("Flyway reports failed migrations, so no new migration was written: 2 (V2__broken.sql)");
			});
		assertThat(files()).containsOnlyKeys("V1__audit.sql", "V2__broken.sql");
	}

	@Test
	void writeIntoAClasspathLocationWritesTheSourceAndTheBuildOutputAndFlywayAppliesItOnce(@TempDir Path module)
			throws IOException {
		Path classes = Files.createDirectories(module.resolve("target/classes/db/generated")).getParent().getParent();
		Path source = module.resolve("src/main/resources/db/generated");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			writingToClasspath(classLoader, source).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(Arrays.stream(context.getBean(Flyway.class).getConfiguration().getLocations())
					.map(Location::getDescriptor))
					.containsExactlyInAnyOrder("classpath:db/none", "classpath:db/generated");
			});
		}
		assertThat(source.resolve("V1__create_profiles_users.sql")).exists();
		assertThat(classes.resolve("db/generated/V1__create_profiles_users.sql"))
			.hasSameBinaryContentAs(source.resolve("V1__create_profiles_users.sql"));
		assertThat(appliedVersions()).containsExactly("1");
	}

	@Test
	void aGeneratedMigrationThatFailsToApplyIsTakenBackWithTheSnapshot() throws IOException {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		runner().withUserConfiguration(UsersAndProfiles.class).run((context) -> assertThat(context).hasNotFailed());
		this.jdbc.sql("INSERT INTO users (username) VALUES ('alice')").update();
		Map<String, String> committed = files();
		runner()
			.withPropertyValues("associations.migrations.mode=write",
					"associations.migrations.allow-destructive-changes=true")
			.withUserConfiguration(UsersWithNicknames.class)
			.run((context) -> {
				FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.startsWith("The migration generated in this start could not be applied, so it was taken back: ")
					.contains("contains null values")
					.contains("These files were written and are deleted again: "
							+ this.migrations.resolve("V2__update_users.sql"))
					.contains("the snapshot beside them is restored");
				assertThat(analysis.getAction()).contains("a new NOT NULL column needs a default");
			});
		assertThat(files()).isEqualTo(committed);
		assertThat(appliedVersions()).containsExactly("1");
	}

	@Test
	void aMigrationDeletedFromTheSourcesButStillInTheBuildOutputStopsWriteModeByName(@TempDir Path module)
			throws IOException {
		Path classes = Files.createDirectories(module.resolve("target/classes/db/generated")).getParent().getParent();
		Path source = module.resolve("src/main/resources/db/generated");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			ApplicationContextRunner writing = writingToClasspath(classLoader, source);
			writing.run((context) -> assertThat(context).hasNotFailed());
			String header = Files.readString(source.resolve("V1__create_profiles_users.sql"))
				.lines()
				.limit(2)
				.collect(Collectors.joining("\n", "", "\n"));
			Files.writeString(classes.resolve("db/generated/V2__create_passports.sql"),
					header + "\nCREATE TABLE passports (id bigint);\n");
			Files.writeString(classes.resolve("db/generated/V3__from_another_resource_root.sql"),
					"CREATE TABLE audit (entry text);\n");
			writing.run((context) -> {
				FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("V2__create_passports.sql is in the build output "
						+ classes.resolve("db/generated") + " but not in " + source
						+ ": deleted from the sources, yet still on the classpath, where Flyway and the generator "
						+ "would take it for a migration written by hand.");
				assertThat(analysis.getAction())
					.startsWith("Delete " + classes.resolve("db/generated/V2__create_passports.sql"));
			});
		}
		assertThat(appliedVersions()).containsExactly("1");
	}

	@Test
	void generatedFilesGetThePermissionsOfAnyNewFile() throws IOException {
		runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).hasNotFailed());
		Path ordinary = Files.writeString(this.root.resolve("ordinary.txt"), "any new file");
		Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
		assertThat(expected).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(Files.getPosixFilePermissions(this.migrations.resolve("V1__create_profiles_users.sql")))
			.isEqualTo(expected);
		assertThat(Files.getPosixFilePermissions(this.migrations.resolve("associations-snapshot.json")))
			.isEqualTo(expected);
	}

	@Test
	void theLocationIsNotAddedWhenFlywaysLocationsCoverIt() {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		runner().withPropertyValues("spring.flyway.locations=filesystem:" + this.migrations.getParent())
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(Arrays.stream(context.getBean(Flyway.class).getConfiguration().getLocations())
				.map(Location::getDescriptor)).containsExactly("filesystem:" + this.migrations.getParent()));
	}

	@Test
	void twoApplicationsStartingInWriteModeAtOnceEndWithOneSetOfFilesAndOneHistory() throws IOException {
		ApplicationContextRunner writing = runner().withPropertyValues("associations.migrations.mode=write")
			.withUserConfiguration(UsersAndProfiles.class);
		List<CompletableFuture<Void>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(CompletableFuture.runAsync(() -> writing.run((context) -> assertThat(context).hasNotFailed())));
		}
		starts.forEach(CompletableFuture::join);
		assertThat(files()).containsOnlyKeys("V1__create_profiles_users.sql", "associations-snapshot.json");
		assertThat(appliedVersions()).containsExactly("1");
		assertThat(migrations(UsersAndProfiles.user(), UsersAndProfiles.profile()).plan().status())
			.isEqualTo(MigrationPlan.Status.UP_TO_DATE);
	}

	@Test
	void anUnreachableDatabaseStopsTheApplicationWithTheConnectionFailure() {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unreachable")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Connection to 127.0.0.1:1 refused"));
		assertThat(tables()).isEmpty();
	}

	@Test
	void aBrokenUsersMigrationStopsTheApplicationWithFlywaysReportAndLeavesTheMigrationsBeforeIt() throws IOException {
		commit(UsersAndProfiles.user(), UsersAndProfiles.profile());
		Files.writeString(this.migrations.resolve("V2__broken.sql"),
				"CREATE TABLE audit (entry text);\nCREATE TABLE broken (;\n");
		runner().withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to execute script V2__broken.sql")
				.hasStackTraceContaining("syntax error"));
		assertThat(appliedVersions()).containsExactly("1");
		assertThat(tables()).contains("users", "profiles").doesNotContain("audit", "broken");
	}

	@Test
	void aMigrationDirectoryThatCannotBeWrittenStopsWriteModeAndWritesNothing(@TempDir Path module) throws IOException {
		Path classes = Files.createDirectories(module.resolve("target/classes/db/generated")).getParent().getParent();
		Path notADirectory = Files.writeString(module.resolve("not-a-directory"), "a file");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			writingToClasspath(classLoader, notADirectory).run((context) -> {
				FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.startsWith("V1__create_profiles_users.sql could not be written to " + notADirectory);
				assertThat(analysis.getAction()).isEqualTo("Check that " + notADirectory + " is a writable directory.");
			});
		}
		try (Stream<Path> output = Files.list(classes.resolve("db/generated"))) {
			assertThat(output).isEmpty();
		}
		assertThat(tables()).isEmpty();
	}

	@Test
	void offNeitherChecksNorWrites() throws IOException {
		runner().withPropertyValues("associations.migrations.mode=off")
			.withUserConfiguration(UsersAndProfiles.class)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(files()).isEmpty();
	}

	/**
	 * Return a runner in write mode whose migrations are the classpath location
	 * {@code db/generated} of a class loader, with a source directory.
	 */
	private ApplicationContextRunner writingToClasspath(ClassLoader classLoader, Path source) {
		return this.contextRunner.withClassLoader(classLoader)
			.withPropertyValues("associations.migrations.mode=write",
					"associations.migrations.location=classpath:db/generated",
					"associations.migrations.source-directory=" + source, "spring.flyway.locations=classpath:db/none")
			.withUserConfiguration(UsersAndProfiles.class);
	}

	private ApplicationContextRunner runner() {
		return this.contextRunner.withPropertyValues("associations.migrations.location=filesystem:" + this.migrations,
				"spring.flyway.locations=filesystem:" + this.migrations);
	}

	private void commit(ModelDefinition<?>... definitions) {
		Migrations migrations = migrations(definitions);
		migrations.write(migrations.plan());
	}

	private Migrations migrations(ModelDefinition<?>... definitions) {
		return new Migrations(schema(definitions), new MigrationSettings("filesystem:" + this.migrations, null, false),
				null, getClass().getClassLoader());
	}

	private static Schema schema(ModelDefinition<?>... definitions) {
		return SchemaDerivation.derive(Arrays.stream(definitions)
			.map((definition) -> DeclaredModel.bean(definition.getName(), definition))
			.toList(), DefaultNamingStrategy.INSTANCE);
	}

	private List<String> tables() {
		return this.jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").query(String.class).list();
	}

	private List<String> appliedVersions() {
		return this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list();
	}

	private Map<String, String> files() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(this.migrations)) {
			for (Path path : paths.toList()) {
				files.put(path.getFileName().toString(), Files.readString(path));
			}
		}
		return files;
	}

	@Table("users")
	record User(@Id Long id, String username) {
	}

	@Table("profiles")
	record Profile(@Id Long id, String bio) {
	}

	@Configuration(proxyBeanMethods = false)
	static class UsersAndProfiles {

		static ModelDefinition<User> user() {
			return ModelDefinition.of(User.class).hasOne(Profile.class);
		}

		static ModelDefinition<Profile> profile() {
			return ModelDefinition.of(Profile.class).belongsTo(User.class);
		}

		@Bean
		ModelDefinition<User> userModel() {
			return user();
		}

		@Bean
		ModelDefinition<Profile> profileModel() {
			return profile();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UsersWithNicknames {

		@Bean
		ModelDefinition<NicknamedUser> userModel() {
			return ModelDefinition.of(NicknamedUser.class).hasOne(Profile.class).attribute("nickname", notNull());
		}

		@Bean
		ModelDefinition<Profile> profileModel() {
			return ModelDefinition.of(Profile.class).belongsTo(NicknamedUser.class, as("user"));
		}

	}

	@Table("users")
	record NicknamedUser(@Id Long id, String username, String nickname) {
	}

	@Configuration(proxyBeanMethods = false)
	static class LoneBelongsTo {

		@Bean
		ModelDefinition<User> userModel() {
			return ModelDefinition.of(User.class);
		}

		@Bean
		ModelDefinition<Profile> profileModel() {
			return ModelDefinition.of(Profile.class).belongsTo(User.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UsersOnly {

		@Bean
		ModelDefinition<User> userModel() {
			return ModelDefinition.of(User.class);
		}

	}

}
