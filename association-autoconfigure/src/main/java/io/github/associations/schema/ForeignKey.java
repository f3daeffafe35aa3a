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

import java.util.Locale;

import io.github.associations.model.ReferentialAction;

/**
 * A foreign key derived from one one-to-one association (both of its sides, when both are
 * declared): the column that holds it, the key it references and how the database
 * enforces it.
 *
 * @param name the constraint name
 * @param table the table holding the foreign key column
 * @param column the foreign key column
 * @param referencedTable the table holding the referenced key
 * @param referencedColumn the referenced key column, unique in its table
 * @param nullable whether the foreign key column accepts {@code NULL}
 * @param unique whether the foreign key column is unique
 * @param onDelete what happens to the referencing row when the referenced row is deleted
 * @param onUpdate what happens to the foreign key when the referenced key is updated
 * @param constrained whether a foreign key constraint checks the reference
 */
public record ForeignKey(String name, TableName table, String column, TableName referencedTable,
		String referencedColumn, boolean nullable, boolean unique, ReferentialAction onDelete,
		ReferentialAction onUpdate, boolean constrained) {

	@Override
	public String toString() {
		return "foreign key " + this.name + " (" + this.column + ") references " + this.referencedTable + " ("
				+ this.referencedColumn + ") on delete " + words(this.onDelete) + " on update " + words(this.onUpdate)
				+ (this.constrained ? "" : ", not constrained");
	}

	static String words(ReferentialAction action) {
		return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
