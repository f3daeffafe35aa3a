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

/**
 * One change between the snapshot of the last generated schema and the schema the models
 * derive now. A destructive change loses data or changes behaviour, so it is only written
 * on explicit request.
 */
public sealed interface Change permits TableChange, ColumnChange, ConstraintChange, IndexChange {

	/**
	 * Return whether the change loses data or changes how the database behaves.
	 * @return whether the change is destructive
	 */
	default boolean destructive() {
		return false;
	}

	/**
	 * Describe the change for messages.
	 * @return the description
	 */
	String description();

	/**
	 * Return when the change runs within a migration.
	 * @return the change's phase
	 */
	Phase phase();

	/**
	 * When a change runs within a migration, in the order of the constants: what is
	 * dropped goes before what it depends on, renames before what uses the new names, and
	 * what is created before what refers to it.
	 */
	enum Phase {

		/**
		 * Drop foreign keys first, so that the tables, columns and keys they reference
		 * can change.
		 */
		DROP_FOREIGN_KEYS,

		/**
		 * Drop indexes, unique constraints, primary keys and triggers before the columns
		 * and tables they are on.
		 */
		DROP_CONSTRAINTS,

		/**
		 * Drop columns before their tables.
		 */
		DROP_COLUMNS,

		/**
		 * Drop tables once nothing refers to them.
		 */
		DROP_TABLES,

		/**
		 * Rename tables before their columns and constraints, whose statements name the
		 * table by its new name.
		 */
		RENAME_TABLES,

		/**
		 * Rename columns before the constraints named after them.
		 */
		RENAME_COLUMNS,

		/**
		 * Rename constraints, indexes and triggers once their tables and columns have
		 * their new names.
		 */
		RENAME_CONSTRAINTS,

		/**
		 * Create schemas before the tables in them.
		 */
		CREATE_SCHEMAS,

		/**
		 * Create tables, referenced tables first, before any constraint refers to them.
		 */
		CREATE_TABLES,

		/**
		 * Add and alter columns of existing tables.
		 */
		ALTER_COLUMNS,

		/**
		 * Set or drop {@code NOT NULL} once the columns' types and defaults are in place.
		 */
		ALTER_NULLABILITY,

		/**
		 * Add primary keys and unique constraints, which foreign keys may reference.
		 */
		ADD_KEYS,

		/**
		 * Add foreign keys once every table, column and key they reference exists.
		 */
		ADD_FOREIGN_KEYS,

		/**
		 * Create indexes on the final columns.
		 */
		CREATE_INDEXES,

		/**
		 * Create triggers last, after the function they call.
		 */
		CREATE_TRIGGERS

	}

	/**
	 * Return the destructive changes among the given ones.
	 * @param changes the changes
	 * @return the destructive changes
	 */
	static List<Change> destructive(List<Change> changes) {
		return changes.stream().filter(Change::destructive).toList();
	}

}
