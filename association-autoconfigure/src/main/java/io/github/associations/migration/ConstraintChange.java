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

import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.PrimaryKey;
import io.github.associations.schema.TableName;
import io.github.associations.schema.UniqueConstraint;

/**
 * A change of a primary key, unique constraint or foreign key of an existing table.
 */
sealed interface ConstraintChange extends Change {

	/**
	 * Add a primary key.
	 *
	 * @param table the table
	 * @param primaryKey the primary key
	 */
	record AddPrimaryKey(TableName table, PrimaryKey primaryKey) implements ConstraintChange {

		@Override
		public Phase phase() {
			return Phase.ADD_KEYS;
		}

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return "change the primary key of " + this.table + " to (" + String.join(", ", this.primaryKey.columns())
					+ ")";
		}

	}

	/**
	 * Add a unique constraint.
	 *
	 * @param table the table
	 * @param unique the constraint
	 * @param existingColumns whether its columns exist already
	 */
	record AddUnique(TableName table, UniqueConstraint unique, boolean existingColumns) implements ConstraintChange {

		@Override
		public Phase phase() {
			return Phase.ADD_KEYS;
		}

		/**
		 * Return whether the constraint is added to columns that exist already, whose
		 * rows may break it: it also changes what the application may store, as when a
		 * hasMany becomes a hasOne.
		 */
		@Override
		public boolean destructive() {
			return this.existingColumns;
		}

		@Override
		public String description() {
			return "add unique constraint " + this.unique.name()
					+ (this.existingColumns ? " on the existing " + this.table + " ("
							+ String.join(", ", this.unique.columns()) + "), which its rows may break" : "");
		}

	}

	/**
	 * Add a foreign key constraint.
	 *
	 * @param foreignKey the foreign key
	 */
	record AddForeignKey(ForeignKey foreignKey) implements ConstraintChange {

		@Override
		public Phase phase() {
			return Phase.ADD_FOREIGN_KEYS;
		}

		@Override
		public String description() {
			return "add foreign key " + this.foreignKey.name();
		}

	}

	/**
	 * Drop a constraint: a foreign key, a unique constraint or a primary key.
	 *
	 * @param table the table
	 * @param name the constraint name
	 * @param reason what dropping it means, for messages
	 * @param foreignKey whether the constraint is a foreign key, which is dropped first
	 */
	record DropConstraint(TableName table, String name, String reason, boolean foreignKey) implements ConstraintChange {

		@Override
		public Phase phase() {
			return this.foreignKey ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS;
		}

		@Override
		public boolean destructive() {
			return true;
		}

		@Override
		public String description() {
			return this.reason;
		}

	}

	/**
	 * Rename a constraint whose table or columns were renamed.
	 *
	 * @param table the table
	 * @param from the previous name
	 * @param to the new name
	 */
	record RenameConstraint(TableName table, String from, String to) implements ConstraintChange {

		@Override
		public Phase phase() {
			return Phase.RENAME_CONSTRAINTS;
		}

		@Override
		public String description() {
			return "rename constraint " + this.from + " to " + this.to;
		}

	}

}
