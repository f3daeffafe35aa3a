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

/**
 * The statements that read through one foreign key, with named parameters: {@code :key}
 * for a referenced key value, {@code :holder} for the id of a row that holds the foreign
 * key, and {@code :keys} / {@code :holders} for arrays of them.
 */
final class AssociationQueries {

	/**
	 * The column label of the source id in {@link #selectReferencedForHolders()}.
	 */
	static final String SOURCE_LABEL = "association_source";

	private final ForeignKeySql sql;

	AssociationQueries(ForeignKeySql sql) {
		this.sql = sql;
	}

	String selectHolderIds() {
		return "SELECT " + this.sql.holderId() + " FROM " + this.sql.holder() + " WHERE " + this.sql.foreignKey()
				+ " = :key";
	}

	String selectHolders() {
		return "SELECT * FROM " + this.sql.holder() + " WHERE " + this.sql.foreignKey() + " = :key";
	}

	String selectHoldersForKeys() {
		return "SELECT * FROM " + this.sql.holder() + " WHERE " + this.sql.foreignKey() + " = ANY(:keys)";
	}

	/**
	 * Select the rows that hold a key in an order, with {@code :limit} and
	 * {@code :offset}.
	 * @param orderBy the order, without {@code ORDER BY}
	 */
	String selectHoldersOrdered(String orderBy) {
		return selectHolders() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset";
	}

	/**
	 * Select the rows that hold any of the keys, grouped by key and each group in id
	 * order.
	 */
	String selectHoldersForKeysOrdered() {
		return selectHoldersForKeys() + " ORDER BY " + this.sql.foreignKey() + ", " + this.sql.holderId();
	}

	String countHolders() {
		return "SELECT count(*) FROM " + this.sql.holder() + " WHERE " + this.sql.foreignKey() + " = :key";
	}

	/**
	 * Count those of the rows with the ids {@code :holders} that hold a key.
	 */
	String countHoldersAmong() {
		return countHolders() + " AND " + this.sql.holderId() + " = ANY(:holders)";
	}

	String selectReferenced() {
		return "SELECT * FROM " + this.sql.referenced() + " WHERE " + this.sql.key() + " = :key";
	}

	String selectReferencedThroughHolder() {
		return "SELECT \"t\".* FROM " + this.sql.referenced() + " \"t\" JOIN " + this.sql.holder() + " \"h\" ON \"t\"."
				+ this.sql.key() + " = \"h\"." + this.sql.foreignKey() + " WHERE \"h\"." + this.sql.holderId()
				+ " = :holder";
	}

	String selectReferencedForHolders() {
		return "SELECT \"h\"." + this.sql.holderId() + " AS \"" + SOURCE_LABEL + "\", \"t\".* FROM "
				+ this.sql.referenced() + " \"t\" JOIN " + this.sql.holder() + " \"h\" ON \"t\"." + this.sql.key()
				+ " = \"h\"." + this.sql.foreignKey() + " WHERE \"h\"." + this.sql.holderId() + " = ANY(:holders)";
	}

}
