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

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.Migrations;
import io.github.associations.migration.MigrationsException;
import io.github.associations.migration.WrittenMigration;
import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

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

	private final Schema schema;

	private final Migrations migrations;

	private final MigrationMode mode;

	private final ObjectProvider<Flyway> flyway;

	private final ObjectProvider<FlywayMigrationStrategy> migrationStrategy;

	AssociationMigrations(Schema schema, Migrations migrations, MigrationMode mode, ObjectProvider<Flyway> flyway,
			ObjectProvider<FlywayMigrationStrategy> migrationStrategy) {
		this.schema = schema;
		this.migrations = migrations;
		this.mode = mode;
		this.flyway = flyway;
		this.migrationStrategy = migrationStrategy;
	}

	@Override
	public void afterPropertiesSet() {
		String state = switch (this.mode) {
			case VALIDATE -> validate();
			case WRITE -> write();
			case OFF -> "migrations neither validated nor written (associations.migrations.mode=off)";
		};
		long junctions = this.schema.tables().stream().filter(Table::joinsModels).count();
		logger.info("Associations: " + count(this.schema.tables().size() - junctions, "model") + ", "
				+ ((junctions > 0) ? count(junctions, "junction table") + ", " : "")
				+ count(this.schema.associations().size(), "association") + "; " + state + loneBelongsTo());
	}

	/**
	 * Say which belongsTo associations are one-to-one only because nothing declares the
	 * other side, and how to make them many-to-one.
	 */
	private String loneBelongsTo() {
		List<Association> lone = this.schema.associations()
			.stream()
			.filter((association) -> association.kind() == AssociationKind.BELONGS_TO && association.inverse() == null
					&& association.foreignKey().unique())
			.toList();
		if (lone.isEmpty()) {
			return "";
		}
		return "; one-to-one as declared alone: "
				+ lone.stream().map(Association::qualifiedName).collect(Collectors.joining(", "))
				+ " (for many-to-one, declare hasMany on the target or give the belongsTo unique(false))";
	}

	private String validate() {
		MigrationPlan plan = this.migrations.plan();
		this.migrations.check(plan);
		return current(plan);
	}

	private String write() {
		logger.warn("associations.migrations.mode=write: migrations are generated from the model definitions into "
				+ this.migrations.location()
				+ " and applied at startup. Use it in development only, and commit the files.");
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
		MigrationPlan plan = this.migrations.plan();
		WrittenMigration written = this.migrations.write(plan);
		if (written == null) {
			logger.info("The migrations in " + this.migrations.location() + " cover the model definitions");
			return current(plan);
		}
		logger.info("Wrote " + written.files().stream().map(Path::toString).collect(Collectors.joining(" and ")) + ":\n"
				+ plan.content());
		apply(flyway, written, plan);
		return "migration " + plan.fileName() + " written and applied";
	}

	private String current(MigrationPlan plan) {
		String latest = plan.latest();
		String version = (latest != null && latest.contains("__")) ? latest.substring(0, latest.indexOf("__")) : latest;
		return "migrations current" + ((version != null) ? " (" + version + ")" : "") + " in "
				+ this.migrations.location();
	}

	private static String count(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
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
			this.migrations.withdraw(written);
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
	 * Return a Flyway configured like the application's, to ask for failed migrations
	 * without filling the application's Flyway's cache of classpath resources before the
	 * new migration is written.
	 */
	private static Flyway failedMigrationsCheck(Flyway flyway) {
		return Flyway.configure(flyway.getConfiguration().getClassLoader())
			.configuration(flyway.getConfiguration())
			.load();
	}

}
