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

package io.github.associations.schema;

import org.jspecify.annotations.Nullable;

/**
 * The junction table of a belongsToMany association, seen from the association's source:
 * one row per linked pair, with a foreign key to the source's key and one to the
 * target's.
 *
 * @param sourceForeignKey the junction's foreign key to the source's table
 * @param targetForeignKey the junction's foreign key to the target's table
 * @param targetKeyProperty the target's property mapped to the key column that
 * {@code targetForeignKey} references
 * @param model the junction model, an entity mapped to the junction table whose other
 * columns each link carries, or {@code null} when the junction holds the keys only
 */
public record Junction(ForeignKey sourceForeignKey, ForeignKey targetForeignKey, String targetKeyProperty,
		@Nullable Class<?> model) {

	/**
	 * Return the junction table.
	 * @return the table
	 */
	public TableName table() {
		return this.sourceForeignKey.table();
	}

	/**
	 * Return the junction's column that references the source's key.
	 * @return the column
	 */
	public String sourceColumn() {
		return this.sourceForeignKey.column();
	}

	/**
	 * Return the junction's column that references the target's key.
	 * @return the column
	 */
	public String targetColumn() {
		return this.targetForeignKey.column();
	}

	/**
	 * Return the target's key column that the junction references.
	 * @return the column
	 */
	public String targetKeyColumn() {
		return this.targetForeignKey.referencedColumn();
	}

	@Override
	public String toString() {
		return this.sourceForeignKey.table() + " (" + describe(this.sourceForeignKey) + ", "
				+ describe(this.targetForeignKey) + ")";
	}

	private static String describe(ForeignKey foreignKey) {
		return foreignKey.column() + " -> " + foreignKey.referencedTable() + "." + foreignKey.referencedColumn();
	}

}
