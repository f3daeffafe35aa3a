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

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.associations.migration.Change;
import io.github.associations.migration.MigrationDirectories;
import io.github.associations.migration.MigrationFiles;
import io.github.associations.migration.MigrationLocation;
import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.MigrationPlanner;
import io.github.associations.migration.MigrationWriter;
import io.github.associations.migration.MigrationsException;
import io.github.associations.migration.WrittenMigration;
import io.github.associations.schema.Schema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Checks or writes the migrations of the model definitions at startup, before Flyway
 * migrates: in {@code validate} mode it stops the application when the committed
 * migrations do not cover the models; in {@code write} mode it writes the next migration,
 * which Flyway then applies in the same start.
 */
class AssociationMigrations implements InitializingBean {

	private static final Log logger = LogFactory.getLog(AssociationMigrations.class);

	/**
	 * The migrations command, which the actions of failures suggest.
	 */
	private static final String COMMAND = "io.github.associations.command.MigrationsCommand";

	private final Schema schema;

	private final AssociationsProperties.Migrations properties;

	private final MigrationLocation location;

	private final ClassLoader classLoader;

	private final @Nullable Class<?> applicationClass;

	private final ObjectProvider<Flyway> flyway;

	private final ObjectProvider<FlywayMigrationStrategy> migrationStrategy;

	AssociationMigrations(Schema schema, AssociationsProperties.Migrations properties, ClassLoader classLoader,
			@Nullable Class<?> applicationClass, ObjectProvider<Flyway> flyway,
			ObjectProvider<FlywayMigrationStrategy> migrationStrategy) {
		this.schema = schema;
		this.properties = properties;
		this.location = MigrationLocation.parse(properties.getLocation());
		this.classLoader = classLoader;
		this.applicationClass = applicationClass;
		this.flyway = flyway;
		this.migrationStrategy = migrationStrategy;
	}

	@Override
	public void afterPropertiesSet() {
		switch (this.properties.getMode()) {
			case VALIDATE -> validate();
			case WRITE -> write();
			case OFF -> logger.debug("Migrations are neither validated nor written");
		}
	}

	private void validate() {
		MigrationPlan plan = plan();
		if (plan.status() != MigrationPlan.Status.UP_TO_DATE) {
			throw notCurrent(plan);
		}
	}

	private void write() {
		logger.warn("associations.migrations.mode=write: migrations are generated from the model definitions into "
				+ this.location + " and applied at startup. Use it in development only, and commit the files.");
		Flyway flyway = this.flyway.getIfAvailable();
		if (flyway == null) {
			throw new MigrationsException("associations.migrations.mode=write needs Flyway, which is not configured",
					"Enable Flyway (spring.flyway.enabled=true) or use validate mode.");
		}
		List<MigrationInfo> failed = Arrays.stream(failedMigrationsCheck(flyway).info().all())
			.filter((info) -> info.getState().isFailed())
			.toList();
		if (!failed.isEmpty()) {
			throw new MigrationsException(
					"Flyway reports failed migrations, so no new migration was written: " + failed.stream()
						.map((info) -> info.getVersion() + " (" + info.getScript() + ")")
						.collect(Collectors.joining(", ")),
					"Fix the failed migration, repair the schema history (flyway repair), and start again.");
		}
		List<Path> directories = directories();
		checkBuildOutput(directories);
		MigrationPlan plan = plan();
		if (plan.status() == MigrationPlan.Status.UP_TO_DATE) {
			logger.info("The migrations in " + this.location + " cover the model definitions");
			return;
		}
		if (plan.status() != MigrationPlan.Status.PENDING) {
			throw notCurrent(plan);
		}
		if (directories == null) {
			// Resolving them again reports why there are none
			directories = MigrationDirectories.of(this.location, sourceDirectory(), this.applicationClass,
					this.classLoader);
		}
		WrittenMigration written = MigrationWriter.write(directories, plan);
		logger.info("Wrote " + written.files().stream().map(Path::toString).collect(Collectors.joining(" and ")) + ":\n"
				+ plan.content());
		apply(flyway, written, plan);
	}

	/**
	 * Apply a migration written in this start, as the application's Flyway migration
	 * strategy would, so that one that PostgreSQL refuses is taken back: otherwise the
	 * snapshot would claim a migration that never applied, and the next start would build
	 * on it. Spring Boot's Flyway initializer then finds nothing left to apply.
	 */
	private void apply(Flyway flyway, WrittenMigration written, MigrationPlan plan) {
		try {
			FlywayMigrationStrategy strategy = this.migrationStrategy.getIfAvailable();
			if (strategy != null) {
				strategy.migrate(flyway);
			}
			else {
				flyway.migrate();
			}
		}
		catch (FlywayException ex) {
			if (applied(flyway, Objects.requireNonNull(plan.fileName()))) {
				throw ex;
			}
			MigrationWriter.withdraw(written);
			throw new MigrationsException(
					"The migration generated in this start could not be applied, so it was taken back: "
							+ ex.getMessage() + "\n\nThese files were written and are deleted again: "
							+ written.created().stream().map(Path::toString).collect(Collectors.joining(", "))
							+ "; the snapshot beside them is restored, so nothing claims the migration exists.",
					"Change the model definitions so that the migration can apply to the data the database holds "
							+ "(for example, a new NOT NULL column needs a default or a nullable first step), "
							+ "or fix the data, then start again.",
					ex);
		}
	}

	/**
	 * Return whether Flyway's history records a migration script as applied, which a
	 * failure of a later migration leaves in place.
	 */
	private static boolean applied(Flyway flyway, String script) {
		try {
			return Arrays.stream(failedMigrationsCheck(flyway).info().applied())
				.anyMatch((info) -> script.equals(info.getScript()) && info.getState().isApplied()
						&& !info.getState().isFailed());
		}
		catch (FlywayException ex) {
			return false;
		}
	}

	/**
	 * Return the directories a new migration is written to, or {@code null} when there
	 * are none, as for a packaged application.
	 */
	private @Nullable List<Path> directories() {
		try {
			return MigrationDirectories.of(this.location, sourceDirectory(), this.applicationClass, this.classLoader);
		}
		catch (MigrationsException ex) {
			return null;
		}
	}

	private @Nullable Path sourceDirectory() {
		File sourceDirectory = this.properties.getSourceDirectory();
		return (sourceDirectory != null) ? sourceDirectory.toPath() : null;
	}

	/**
	 * Refuse migrations that the build output still holds after they were deleted from
	 * the sources: they would pass for migrations written by hand.
	 */
	private static void checkBuildOutput(@Nullable List<Path> directories) {
		List<String> deleted = (directories != null) ? MigrationDirectories.deletedFromSources(directories) : List.of();
		if (!deleted.isEmpty()) {
			Path output = directories.get(1);
			throw new MigrationsException(String.join(", ", deleted) + " " + ((deleted.size() == 1) ? "is" : "are")
					+ " in the build output " + output + " but not in " + directories.get(0)
					+ ": deleted from the sources, yet still on the classpath, where Flyway and the generator "
					+ "would take " + ((deleted.size() == 1) ? "it" : "them") + " for a migration written by hand.",
					"Delete "
							+ deleted.stream()
								.map((name) -> output.resolve(name).toString())
								.collect(Collectors.joining(" and "))
							+ " (or rebuild from clean: mvn clean), or restore "
							+ ((deleted.size() == 1) ? "it" : "them") + " in " + directories.get(0)
							+ " if the deletion was a mistake.");
		}
	}

	/**
	 * Return a Flyway configured like the application's, to ask for failed migrations
	 * without filling the application's Flyway's cache of classpath resources before the
	 * new migration is written.
	 */
	private static Flyway failedMigrationsCheck(Flyway flyway) {
		return Flyway.configure(flyway.getConfiguration().getClassLoader())
			.configuration(flyway.getConfiguration())
			.load();
	}

	private MigrationPlan plan() {
		return MigrationPlanner.plan(this.schema, MigrationFiles.read(this.location, this.classLoader),
				this.properties.isAllowDestructiveChanges());
	}

	private MigrationsException notCurrent(MigrationPlan plan) {
		return switch (plan.status()) {
			case INCONSISTENT ->
				new MigrationsException("The migrations in " + this.location + " disagree with their snapshot:\n\n"
						+ plan.problems().stream().map((problem) -> "- " + problem).collect(Collectors.joining("\n")),
						"Restore the generated migrations and the snapshot from version control: a generated migration "
								+ "is never edited or deleted. Add changes as new migrations instead.");
			case BLOCKED -> new MigrationsException(
					"The model definitions have destructive changes that no migration in " + this.location
							+ " covers:\n\n" + describe(plan.destructiveChanges()) + "\n\nThe migration "
							+ plan.fileName() + " would be:\n\n" + plan.ddl(),
					"If that is intended, generate the migration in write mode with destructive changes allowed, "
							+ "such as with " + writeModeCommand(true) + ", review it and commit it. "
							+ "Otherwise change the model definitions back; declare renames with renamedFrom.");
			default -> new MigrationsException(
					"The model definitions have changes that no migration in " + this.location
							+ " covers. The missing migration " + plan.fileName() + " is:\n\n" + plan.ddl(),
					"Generate it and commit it: start the application once in write mode (in development), "
							+ "such as with " + writeModeCommand(false) + commandSuggestion() + ".");
		};
	}

	/**
	 * Return the documented command that starts the application's Maven module in write
	 * mode.
	 */
	private String writeModeCommand(boolean allowDestructiveChanges) {
		String arguments = "--associations.migrations.mode=write"
				+ (allowDestructiveChanges ? " --associations.migrations.allow-destructive-changes=true" : "");
		return maven() + " spring-boot:run -Dspring-boot.run.arguments=\"" + arguments + "\"";
	}

	/**
	 * Suggest the migrations command, when the application class it needs is known.
	 */
	private String commandSuggestion() {
		if (this.applicationClass == null) {
			return "";
		}
		return ", or run the migrations command, which starts no database: " + maven()
				+ " spring-boot:run -Dspring-boot.run.main-class=" + COMMAND
				+ " -Dspring-boot.run.arguments=\"generate " + this.applicationClass.getName() + "\"";
	}

	private String maven() {
		List<Path> directories = directories();
		return MavenCommand.of((directories != null) ? directories.get(0) : null);
	}

	private static String describe(List<Change> changes) {
		return changes.stream().map((change) -> "- " + change.description()).collect(Collectors.joining("\n"));
	}

}
