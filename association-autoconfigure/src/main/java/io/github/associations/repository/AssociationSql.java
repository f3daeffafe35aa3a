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
import io.github.associations.schema.TableName;

/**
 * The statements of one foreign key, with named parameters: {@code :key} for a referenced
 * key value, {@code :holder} for the id of a row that holds the foreign key, and
 * {@code :keys} / {@code :holders} for arrays of them. "Holder" is the table with the
 * foreign key, "referenced" the table with the key: for {@code User.profile} and
 * {@code Profile.user}, {@code profiles} and {@code users}.
 */
final class AssociationSql {

	/**
	 * The column label of the source id in {@link #selectReferencedForHolders()}.
	 */
	static final String SOURCE_LABEL = "association_source";

	private final String holder;

	private final String foreignKey;

	private final String holderId;

	private final String referenced;

	private final String key;

	AssociationSql(ForeignKey foreignKey, String holderIdColumn) {
		this.holder = foreignKey.table().sql();
		this.foreignKey = TableName.quote(foreignKey.column());
		this.holderId = TableName.quote(holderIdColumn);
		this.referenced = foreignKey.referencedTable().sql();
		this.key = TableName.quote(foreignKey.referencedColumn());
	}

	/**
	 * Unlink (or delete) the other rows that hold a key, then link one row to it, in one
	 * statement. The guard makes the first part run before the second, so that the unique
	 * constraint never sees two rows with the key.
	 * @param delete whether to delete the other rows instead of unlinking them
	 * @return the statement
	 */
	String relink(boolean delete) {
		String previous = delete ? "DELETE FROM " + this.holder
				: "UPDATE " + this.holder + " SET " + this.foreignKey + " = NULL";
		return "WITH \"previous\" AS (" + previous + " WHERE " + this.foreignKey + " = :key AND " + this.holderId
				+ " <> :holder RETURNING 1) UPDATE " + this.holder + " SET " + this.foreignKey + " = :key WHERE "
				+ this.holderId + " = :holder AND (SELECT count(*) FROM \"previous\") >= 0";
	}

	String link() {
		return "UPDATE " + this.holder + " SET " + this.foreignKey + " = :key WHERE " + this.holderId + " = :holder";
	}

	String unlinkHolder() {
		return "UPDATE " + this.holder + " SET " + this.foreignKey + " = NULL WHERE " + this.holderId + " = :holder";
	}

	String unlinkKey() {
		return "UPDATE " + this.holder + " SET " + this.foreignKey + " = NULL WHERE " + this.foreignKey + " = :key";
	}

	String deleteKey() {
		return "DELETE FROM " + this.holder + " WHERE " + this.foreignKey + " = :key";
	}

	String selectHolderIds() {
		return "SELECT " + this.holderId + " FROM " + this.holder + " WHERE " + this.foreignKey + " = :key";
	}

	String selectHolders() {
		return "SELECT * FROM " + this.holder + " WHERE " + this.foreignKey + " = :key";
	}

	String selectHoldersForKeys() {
		return "SELECT * FROM " + this.holder + " WHERE " + this.foreignKey + " = ANY(:keys)";
	}

	String selectReferenced() {
		return "SELECT * FROM " + this.referenced + " WHERE " + this.key + " = :key";
	}

	String selectReferencedThroughHolder() {
		return "SELECT \"t\".* FROM " + this.referenced + " \"t\" JOIN " + this.holder + " \"h\" ON \"t\"." + this.key
				+ " = \"h\"." + this.foreignKey + " WHERE \"h\"." + this.holderId + " = :holder";
	}

	String selectReferencedForHolders() {
		return "SELECT \"h\"." + this.holderId + " AS \"" + SOURCE_LABEL + "\", \"t\".* FROM " + this.referenced
				+ " \"t\" JOIN " + this.holder + " \"h\" ON \"t\"." + this.key + " = \"h\"." + this.foreignKey
				+ " WHERE \"h\"." + this.holderId + " = ANY(:holders)";
	}

}
