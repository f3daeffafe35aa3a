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

package io.github.associations.repository;

import io.github.associations.schema.ForeignKey;
import io.github.associations.sql.PostgresIdentifiers;
import org.jspecify.annotations.Nullable;

/**
 * How the statements of one foreign key spell its tables and columns, quoted: the table
 * that holds the foreign key ("holder"), its column and id column, the referenced table
 * and key, and what a write of the foreign key does to the holder's version column.
 *
 * @param holder the table that holds the foreign key
 * @param foreignKey the foreign key column
 * @param holderId the holder's id column
 * @param referenced the referenced table
 * @param key the referenced key column
 * @param versionIncrement what a write appends to its {@code SET} list to increment the
 * holder's version, or an empty string when it has none
 * @param versionReturned what a write returns as the holder's version, {@code NULL} when
 * it has none
 * @param checkReferenced whether the writes check themselves that the referenced row
 * exists, because no constraint does
 */
record ForeignKeySql(String holder, String foreignKey, String holderId, String referenced, String key,
		String versionIncrement, String versionReturned, boolean checkReferenced) {

	static ForeignKeySql of(ForeignKey foreignKey, String holderIdColumn, @Nullable String versionColumn) {
		String version = (versionColumn != null) ? PostgresIdentifiers.quote(versionColumn) : null;
		return new ForeignKeySql(PostgresIdentifiers.table(foreignKey.table()),
				PostgresIdentifiers.quote(foreignKey.column()), PostgresIdentifiers.quote(holderIdColumn),
				PostgresIdentifiers.table(foreignKey.referencedTable()),
				PostgresIdentifiers.quote(foreignKey.referencedColumn()),
				(version != null) ? ", " + version + " = " + version + " + 1" : "",
				(version != null) ? version : "NULL", !foreignKey.constrained());
	}

	/**
	 * The start of a statement that unlinks holders, incrementing their version, or
	 * deletes them, without its {@code WHERE} clause.
	 * @param delete whether to delete rather than unlink
	 */
	String removal(boolean delete) {
		return delete ? "DELETE FROM " + this.holder
				: "UPDATE " + this.holder + " SET " + this.foreignKey + " = NULL" + this.versionIncrement;
	}

}
