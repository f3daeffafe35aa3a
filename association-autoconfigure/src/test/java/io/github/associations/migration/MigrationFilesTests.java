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

package io.github.associations.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Locations, file names, snapshots and the directories and files the generator writes.
 */
class MigrationFilesTests {

	@TempDir
	Path directory;

	@Test
	void locationsAreParsedAsFlywaySpellsThem() {
		assertThat(MigrationLocation.parse("classpath:db/migration"))
			.isEqualTo(new MigrationLocation(true, "db/migration"));
		assertThat(MigrationLocation.parse("classpath:/db/migration/"))
			.isEqualTo(new MigrationLocation(true, "db/migration"));
		assertThat(MigrationLocation.parse("db/migration").descriptor()).isEqualTo("classpath:db/migration");
		assertThat(MigrationLocation.parse("filesystem:/srv/migrations"))
			.isEqualTo(new MigrationLocation(false, "/srv/migrations"));
		assertThatIllegalArgumentException().isThrownBy(() -> MigrationLocation.parse("s3:bucket/migrations"));
	}

	@Test
	void theNextVersionFollowsTheHighestInTheLocation() {
		assertThat(MigrationPlanner.nextVersion(Set.of())).isOne();
		assertThat(MigrationPlanner.nextVersion(Set.of("V1__a.sql", "V12__b.sql", "V3_1__c.sql", "R__view.sql")))
			.isEqualTo(13);
		assertThat(MigrationPlanner.nextVersion(Set.of("V2.5__a.sql"))).isEqualTo(3);
	}

	@Test
	void descriptionsAreSafeFileNameParts() {
		assertThat(MigrationPlanner.sanitize("create_../../etc/passwd")).isEqualTo("create_etc_passwd");
		assertThat(MigrationPlanner.sanitize("update_Users_x y")).isEqualTo("update_users_x_y");
		assertThat(MigrationPlanner.sanitize("create_" + "t".repeat(100))).hasSize(60);
	}

	@Test
	void aSnapshotReadsBackAsWritten() {
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.all()), LocationContents.empty(), false);
		Snapshot snapshot = SnapshotJson.read(plan.snapshot().getBytes(StandardCharsets.UTF_8));
		assertThat(snapshot.tables()).isEqualTo(Domain.schema(Domain.all()).tables());
		assertThat(snapshot.migrations()).extracting(GeneratedMigration::file).containsExactly(plan.fileName());
		assertThat(SnapshotJson.write(snapshot)).isEqualTo(plan.snapshot()).endsWith("}\n").doesNotContain("\r");
	}

	@Test
	void anUnreadableSnapshotMakesTheLocationInconsistent() {
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.all()),
				new LocationContents("{ not json".getBytes(StandardCharsets.UTF_8), Map.of()), false);
		assertThat(plan.status()).isEqualTo(MigrationPlan.Status.INCONSISTENT);
		assertThat(plan.problems()).singleElement()
			.asString()
			.startsWith("associations-snapshot.json cannot be read: ");
	}

	@Test
	void aRecordedFileThatIsMissingMakesTheLocationInconsistent() throws IOException {
		MigrationWriter.write(List.of(this.directory),
				MigrationPlanner.plan(Domain.schema(Domain.passport()), LocationContents.empty(), false));
		Files.delete(this.directory.resolve("V1__create_passports.sql"));
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.passport()), read(), false);
		assertThat(plan.problems())
			.containsExactly("associations-snapshot.json records V1__create_passports.sql, which is missing");
	}

	@Test
	void anUnrecordedCopyOfTheMigrationIsRecordedInsteadOfWrittenAgain() throws IOException {
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.passport()), LocationContents.empty(), false);
		Files.writeString(this.directory.resolve("V1__create_passports.sql"), plan.content());
		MigrationPlan again = MigrationPlanner.plan(Domain.schema(Domain.passport()), read(), false);
		assertThat(again.fileName()).isEqualTo("V1__create_passports.sql");
		MigrationWriter.write(List.of(this.directory), again);
		assertThat(MigrationPlanner.plan(Domain.schema(Domain.passport()), read(), false).status())
			.isEqualTo(MigrationPlan.Status.UP_TO_DATE);
	}

	@Test
	void anExistingFileWithOtherContentIsNeverReplaced() throws IOException {
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.passport()), LocationContents.empty(), false);
		Files.writeString(this.directory.resolve("V1__create_passports.sql"), "-- mine\n");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> MigrationWriter.write(List.of(this.directory), plan))
			.withMessageEndingWith(
					"V1__create_passports.sql exists with different content than the migration generated now");
		assertThat(this.directory.resolve("V1__create_passports.sql")).hasContent("-- mine");
		assertThat(this.directory.resolve(Snapshot.FILE_NAME)).doesNotExist();
	}

	@Test
	void aFileNameThatWouldLeaveTheDirectoryIsRefused() {
		MigrationPlan plan = MigrationPlanner.plan(Domain.schema(Domain.passport()), LocationContents.empty(), false);
		for (String name : List.of("../V1__x.sql", "/tmp/V1__x.sql", "V1__../../x.sql", "V1__x.sql/../../y.sql")) {
			MigrationPlan hostile = new MigrationPlan(plan.status(), plan.changes(), plan.statements(), name,
					plan.content(), plan.snapshot(), List.of(), null);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> MigrationWriter.write(List.of(this.directory), hostile));
		}
		assertThat(this.directory.getParent().resolve("V1__x.sql")).doesNotExist();
	}

	@Test
	void sourceDirectoriesAreFoundFromMavenAndGradleBuildOutput() {
		Path module = Path.of("/work/app");
		assertThat(MigrationDirectories.sourceDirectory(module.resolve("target/classes"), "db/migration"))
			.isEqualTo(module.resolve("src/main/resources/db/migration"));
		assertThat(MigrationDirectories.sourceDirectory(module.resolve("target/test-classes"), "db/migration"))
			.isEqualTo(module.resolve("src/test/resources/db/migration"));
		assertThat(MigrationDirectories.sourceDirectory(module.resolve("build/classes/java/main"), "db/migration"))
			.isEqualTo(module.resolve("src/main/resources/db/migration"));
		assertThat(MigrationDirectories.sourceDirectory(module.resolve("build/resources/main"), "db/migration"))
			.isEqualTo(module.resolve("src/main/resources/db/migration"));
		assertThat(MigrationDirectories.sourceDirectory(Path.of("/opt/app/classes"), "db/migration")).isNull();
	}

	@Test
	void aPackagedApplicationHasNoSourceDirectoryToWriteTo() {
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> MigrationDirectories.of(MigrationLocation.parse("classpath:db/migration"), null,
					Flyway.class, getClass().getClassLoader()))
			.satisfies((ex) -> assertThat(ex.getDescription()).startsWith("There is no source directory to write new "
					+ "migrations to: the application was not loaded from a Maven or Gradle build output directory"))
			.satisfies((ex) -> assertThat(ex.getAction()).contains("associations.migrations.source-directory"));
	}

	private LocationContents read() {
		return MigrationFiles.read(MigrationLocation.parse("filesystem:" + this.directory),
				getClass().getClassLoader());
	}

}
