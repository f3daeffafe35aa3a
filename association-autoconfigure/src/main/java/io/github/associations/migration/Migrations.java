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

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.github.associations.schema.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The migrations of a schema: plans the next one against the committed files, checks that
 * none is missing, and writes it. The startup check and the migrations command both run
 * this one workflow, with one set of messages.
 * <p>
 * The committed migrations are read from the location, as Flyway reads them; new ones are
 * written into the location's source directory and, for a classpath location, into the
 * build output it resolves to, so that Flyway applies them in the same start.
 */
public final class Migrations {

	/**
	 * The migrations command, which the actions of failures suggest.
	 */
	private static final String COMMAND = "io.github.associations.command.MigrationsCommand";

	private final Schema schema;

	private final MigrationSettings settings;

	private final MigrationLocation location;

	private final @Nullable Class<?> applicationClass;

	private final ClassLoader classLoader;

	/**
	 * Create the migrations of a schema.
	 * @param schema the schema the model definitions derive
	 * @param settings where the migrations are
	 * @param applicationClass a class of the application, from whose build output the
	 * source directory is found, or {@code null}
	 * @param classLoader the class loader whose classpath holds a classpath location
	 */
	public Migrations(Schema schema, MigrationSettings settings, @Nullable Class<?> applicationClass,
			ClassLoader classLoader) {
		this.schema = schema;
		this.settings = settings;
		this.location = MigrationLocation.parse(settings.location());
		this.applicationClass = applicationClass;
		this.classLoader = classLoader;
	}

	/**
	 * Return the Flyway location descriptor of a configured location, such as
	 * {@code classpath:db/migration} for {@code db/migration}.
	 * @param location the configured location
	 * @return the descriptor Flyway understands
	 */
	public static String flywayLocation(String location) {
		return MigrationLocation.parse(location).descriptor();
	}

	/**
	 * Compare the schema with the committed migrations.
	 * @return the plan
	 * @throws MigrationsException when the migrations cannot be read
	 */
	public MigrationPlan plan() {
		return MigrationPlanner.plan(this.schema, MigrationFiles.read(this.location, this.classLoader),
				this.settings.allowDestructiveChanges());
	}

	/**
	 * Check that the committed migrations cover the schema.
	 * @param plan the plan of {@link #plan()}
	 * @throws MigrationsException when a migration is missing, is blocked by destructive
	 * changes, or when the migrations disagree with their snapshot
	 */
	public void check(MigrationPlan plan) {
		if (plan.status() != MigrationPlan.Status.UP_TO_DATE) {
			throw notCurrent(plan);
		}
	}

	/**
	 * Write the missing migration, with the snapshot beside it, into the location's
	 * directories: for a classpath location, its source directory (to commit) and its
	 * build output (which Flyway applies in the same start).
	 * @param plan the plan of {@link #plan()}
	 * @return the written migration, or {@code null} when none is missing
	 * @throws MigrationsException when the migration is blocked, the migrations disagree
	 * with their snapshot, there is no directory to write to, the build output holds
	 * generated migrations deleted from the sources, or a file cannot be written
	 */
	public @Nullable WrittenMigration write(MigrationPlan plan) {
		List<Path> directories = directoriesOrNull();
		if (directories != null) {
			checkBuildOutput(directories);
		}
		if (plan.status() == MigrationPlan.Status.UP_TO_DATE) {
			return null;
		}
		if (plan.status() != MigrationPlan.Status.PENDING) {
			throw notCurrent(plan);
		}
		return MigrationWriter.write((directories != null) ? directories : directories(), plan);
	}

	/**
	 * Take back a migration written by {@link #write} that could not be applied: delete
	 * the files the write created and restore the snapshots it replaced.
	 * @param migration the written migration
	 */
	public void withdraw(WrittenMigration migration) {
		MigrationWriter.withdraw(migration);
	}

	/**
	 * Return the location, as messages name it.
	 * @return the location, such as {@code classpath:db/migration}
	 */
	public String location() {
		return this.location.toString();
	}

	/**
	 * Return the directories a new migration is written to.
	 * @throws MigrationsException when there are none, as for a packaged application
	 */
	private List<Path> directories() {
		return MigrationDirectories.of(this.location, this.settings.sourceDirectory(), this.applicationClass,
				this.classLoader);
	}

	private @Nullable List<Path> directoriesOrNull() {
		try {
			return directories();
		}
		catch (MigrationsException ex) {
			return null;
		}
	}

	/**
	 * Refuse migrations that the build output still holds after they were deleted from
	 * the sources: they would pass for migrations written by hand.
	 */
	private static void checkBuildOutput(List<Path> directories) {
		List<String> deleted = MigrationDirectories.deletedFromSources(directories);
		if (deleted.isEmpty()) {
			return;
		}
		Path output = directories.get(1);
		boolean one = deleted.size() == 1;
		throw new MigrationsException(
				String.join(", ", deleted) + " " + (one ? "is" : "are") + " in the build output " + output
						+ " but not in " + directories.get(0)
						+ ": deleted from the sources, yet still on the classpath, where Flyway and the generator "
						+ "would take " + (one ? "it" : "them") + " for a migration written by hand.",
				"Delete "
						+ deleted.stream()
							.map((name) -> output.resolve(name).toString())
							.collect(Collectors.joining(" and "))
						+ " (or rebuild from clean: mvn clean), or restore " + (one ? "it" : "them") + " in "
						+ directories.get(0) + " if the deletion was a mistake.");
	}

	private MigrationsException notCurrent(MigrationPlan plan) {
		return switch (plan.status()) {
			case INCONSISTENT -> new MigrationsException(plan.status(), "The migrations in " + this.location
					+ " disagree with their snapshot:\n\n"
					+ plan.problems().stream().map((problem) -> "- " + problem).collect(Collectors.joining("\n")),
					"Restore the generated migrations and the snapshot from version control: a generated migration "
							+ "is never edited or deleted. Add changes as new migrations instead.");
			case BLOCKED -> new MigrationsException(plan.status(),
					"The model definitions have destructive changes that no migration in " + this.location
							+ " covers:\n\n"
							+ plan.destructiveChanges()
								.stream()
								.map((change) -> "- " + change.description())
								.collect(Collectors.joining("\n"))
							+ "\n\nThe migration " + plan.fileName() + " would be:\n\n" + plan.ddl(),
					"If that is intended, generate the migration in write mode with destructive changes allowed, "
							+ "such as with " + writeModeCommand(true) + ", review it and commit it. "
							+ "Otherwise change the model definitions back; declare renames with renamedFrom.");
			default -> new MigrationsException(plan.status(),
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
		return maven() + " spring-boot:run -Dspring-boot.run.arguments=\"" + arguments
				+ "\" (spring-boot:test-run where the application starts on the embedded server from a launcher on "
				+ "the test classpath)";
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
		List<Path> directories = directoriesOrNull();
		return MavenCommand.of((directories != null) ? directories.get(0) : null);
	}

}
