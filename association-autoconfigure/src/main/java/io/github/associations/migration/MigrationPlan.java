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

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the generator found when it compared the models with the migration location: no
 * change, a migration to write, changes that need explicit consent, or a location whose
 * files disagree with its snapshot.
 *
 * @param status the outcome
 * @param changes the changes since the snapshot
 * @param statements the statements of the pending migration
 * @param fileName the name of the migration to write, or {@code null}
 * @param content the migration file's text, or {@code null}
 * @param snapshot the snapshot file's text after the migration, or {@code null}
 * @param problems why the location cannot be used, when inconsistent
 * @param latest the name of the last generated migration when the location is up to date,
 * or {@code null}
 */
public record MigrationPlan(Status status, List<Change> changes, List<String> statements, @Nullable String fileName,
		@Nullable String content, @Nullable String snapshot, List<String> problems, @Nullable String latest) {

	public MigrationPlan {
		changes = List.copyOf(changes);
		statements = List.copyOf(statements);
		problems = List.copyOf(problems);
	}

	static MigrationPlan upToDate(@Nullable String latest) {
		return new MigrationPlan(Status.UP_TO_DATE, List.of(), List.of(), null, null, null, List.of(), latest);
	}

	static MigrationPlan inconsistent(List<String> problems) {
		return new MigrationPlan(Status.INCONSISTENT, List.of(), List.of(), null, null, null, problems, null);
	}

	/**
	 * Return the destructive changes that need explicit consent.
	 * @return the destructive changes
	 */
	public List<Change> destructiveChanges() {
		return Change.destructive(this.changes);
	}

	/**
	 * Return the pending statements as one script.
	 * @return the statements, separated by blank lines
	 */
	public String ddl() {
		return String.join("\n\n", this.statements);
	}

	/**
	 * The outcome of planning.
	 */
	public enum Status {

		/**
		 * The committed migrations cover the models.
		 */
		UP_TO_DATE,

		/**
		 * A migration is ready to be written.
		 */
		PENDING,

		/**
		 * A migration would be destructive and was not allowed.
		 */
		BLOCKED,

		/**
		 * The snapshot and the migration files disagree.
		 */
		INCONSISTENT

	}

}
