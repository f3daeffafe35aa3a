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
import java.util.stream.Collectors;

import io.github.associations.migration.Change;
import io.github.associations.migration.MigrationDirectories;
import io.github.associations.migration.MigrationFiles;
import io.github.associations.migration.MigrationLocation;
import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.MigrationPlanner;
import io.github.associations.migration.MigrationWriter;
import io.github.associations.migration.MigrationsException;
import io.github.associations.schema.Schema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Checks or writes the migrations of the model definitions at startup, before Flyway
 * migrates: in {@code validate} mode it stops the application when the committed
 * migrations do not cover the models; in {@code write} mode it writes the next migration,
 * which Flyway then applies in the same start.
 */
class AssociationMigrations implements InitializingBean {

	private static final Log logger = LogFactory.getLog(AssociationMigrations.class);

	private final Schema schema;

	private final AssociationsProperties.Migrations properties;

	private final MigrationLocation location;

	private final ClassLoader classLoader;

	private final @Nullable Class<?> applicationClass;

	private final ObjectProvider<Flyway> flyway;

	AssociationMigrations(Schema schema, AssociationsProperties.Migrations properties, ClassLoader classLoader,
			@Nullable Class<?> applicationClass, ObjectProvider<Flyway> flyway) {
		this.schema = schema;
		this.properties = properties;
		this.location = MigrationLocation.parse(properties.getLocation());
		this.classLoader = classLoader;
		this.applicationClass = applicationClass;
		this.flyway = flyway;
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
		MigrationPlan plan = plan();
		if (plan.status() == MigrationPlan.Status.UP_TO_DATE) {
			logger.info("The migrations in " + this.location + " cover the model definitions");
			return;
		}
		if (plan.status() != MigrationPlan.Status.PENDING) {
			throw notCurrent(plan);
		}
		File sourceDirectory = this.properties.getSourceDirectory();
		List<Path> directories = MigrationDirectories.of(this.location,
				(sourceDirectory != null) ? sourceDirectory.toPath() : null, this.applicationClass, this.classLoader);
		List<Path> written = MigrationWriter.write(directories, plan);
		logger.info("Wrote " + written.stream().map(Path::toString).collect(Collectors.joining(" and ")) + ":\n"
				+ plan.content());
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
					"If that is intended, generate the migration with associations.migrations.mode=write and "
							+ "associations.migrations.allow-destructive-changes=true, review it and commit it. "
							+ "Otherwise change the model definitions back; declare renames with renamedFrom.");
			default -> new MigrationsException(
					"The model definitions have changes that no migration in " + this.location
							+ " covers. The missing migration " + plan.fileName() + " is:\n\n" + plan.ddl(),
					"Generate it and commit it: start the application once with associations.migrations.mode=write "
							+ "(in development), or run the migrations command: " + command("generate") + ".");
		};
	}

	private String command(String action) {
		return "java -cp <application classpath> io.github.associations.command.MigrationsCommand " + action + " "
				+ ((this.applicationClass != null) ? this.applicationClass.getName() : "<application class>");
	}

	private static String describe(List<Change> changes) {
		return changes.stream().map((change) -> "- " + change.description()).collect(Collectors.joining("\n"));
	}

}
