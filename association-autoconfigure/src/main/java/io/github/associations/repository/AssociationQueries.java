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

	private final String holder;

	private final String foreignKey;

	private final String holderId;

	private final String referenced;

	private final String key;

	AssociationQueries(ForeignKey foreignKey, String holderIdColumn) {
		this.holder = PostgresIdentifiers.table(foreignKey.table());
		this.foreignKey = PostgresIdentifiers.quote(foreignKey.column());
		this.holderId = PostgresIdentifiers.quote(holderIdColumn);
		this.referenced = PostgresIdentifiers.table(foreignKey.referencedTable());
		this.key = PostgresIdentifiers.quote(foreignKey.referencedColumn());
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
		return selectHoldersForKeys() + " ORDER BY " + this.foreignKey + ", " + this.holderId;
	}

	String countHolders() {
		return "SELECT count(*) FROM " + this.holder + " WHERE " + this.foreignKey + " = :key";
	}

	/**
	 * Count those of the rows with the ids {@code :holders} that hold a key.
	 */
	String countHoldersAmong() {
		return countHolders() + " AND " + this.holderId + " = ANY(:holders)";
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
