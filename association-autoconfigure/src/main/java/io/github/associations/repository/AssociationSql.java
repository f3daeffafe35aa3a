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

/**
 * The statements that write one foreign key, with named parameters: {@code :key} for a
 * referenced key value, {@code :holder} for the id of a row that holds the foreign key,
 * and {@code :keys} / {@code :holders} for arrays of them. "Holder" is the table with the
 * foreign key, "referenced" the table with the key: for {@code User.profile} and
 * {@code Profile.user}, {@code profiles} and {@code users}.
 * <p>
 * Every write of the foreign key also increments the holder's version column, when it has
 * one, so that a stale copy of the holder saved later fails instead of undoing the link.
 * Where the foreign key has no constraint, the writes that link check themselves that the
 * referenced row exists, and lock it against deletion as the constraint would.
 * {@link AssociationQueries} holds the statements that read.
 */
final class AssociationSql {

	/**
	 * The column label, in the result of {@link #link(Previous)}, of the number of rows
	 * with the holder's id.
	 */
	static final String HOLDERS = "holders";

	/**
	 * The column label, in the results of {@link #link(Previous)} and
	 * {@link #removeKeyChecked(boolean)}, of the number of referenced rows with the key.
	 */
	static final String REFERENCED = "referenced";

	/**
	 * The column label, in the result of {@link #link(Previous)}, of the number of rows
	 * linked.
	 */
	static final String LINKED = "linked";

	/**
	 * The column label, in the result of {@link #link(Previous)}, of the holder's new
	 * version, {@code NULL} when it was not written or has no version.
	 */
	static final String VERSION = "version";

	private final ForeignKeySql sql;

	private final String holderLock;

	AssociationSql(ForeignKey foreignKey, ForeignKeySql sql) {
		this.sql = sql;
		// Writing a column of a unique index takes PostgreSQL's strongest row lock
		this.holderLock = foreignKey.unique() ? "FOR UPDATE" : "FOR NO KEY UPDATE";
	}

	/**
	 * Lock, in the order of their ids, the rows that hold a key and the row of one
	 * holder, returning each row's id and foreign key. Taken before a statement that
	 * unlinks the key's previous holders and links the holder, it makes two such
	 * statements lock their rows in one order, so that they cannot deadlock however they
	 * cross. It is a statement of its own because a lock inside the writing statement
	 * could not make the rows committed meanwhile visible to that statement.
	 * @return the statement
	 */
	String lockHolders() {
		return "SELECT " + this.sql.holderId() + ", " + this.sql.foreignKey() + " FROM " + this.sql.holder() + " WHERE "
				+ this.sql.foreignKey() + " = :key OR " + this.sql.holderId() + " = :holder ORDER BY "
				+ this.sql.holderId() + " " + this.holderLock;
	}

	/**
	 * Lock the referenced row with a key against other writers of its links, without
	 * blocking the foreign key checks of other statements; no row means that it does not
	 * exist.
	 * @return the statement
	 */
	String lockReferenced() {
		return "SELECT 1 FROM " + this.sql.referenced() + " WHERE " + this.sql.key() + " = :key FOR NO KEY UPDATE";
	}

	/**
	 * Link one holder with a key in one statement, after unlinking or deleting the rows
	 * with the ids {@code :previous}, if asked: the key's other holders, as
	 * {@link #lockHolders()} found and locked them. A row that took the key since is left
	 * to the unique constraint, which reports the conflict, rather than locked out of
	 * order. A holder already linked is not written. The result is one row:
	 * {@link #HOLDERS}, {@link #REFERENCED}, {@link #LINKED} and {@link #VERSION}.
	 * Nothing is written when the referenced row does not exist.
	 * @param previous what to do with the other rows that hold the key
	 * @return the statement
	 */
	String link(Previous previous) {
		StringBuilder sql = new StringBuilder("WITH ");
		String referencedExists = "";
		if (this.sql.checkReferenced()) {
			sql.append(referencedLock()).append(", ");
			referencedExists = " AND EXISTS (SELECT 1 FROM \"referenced\")";
		}
		String afterPrevious = "";
		if (previous != Previous.KEEP) {
			sql.append("\"previous\" AS (")
				.append(this.sql.removal(previous == Previous.DELETE))
				.append(" WHERE ")
				.append(this.sql.holderId())
				.append(" = ANY(:previous)")
				.append(referencedExists)
				.append(" RETURNING 1), ");
			// The guard runs the unlinking first: the unique index never sees the key
			// twice
			afterPrevious = " AND (SELECT count(*) FROM \"previous\") >= 0";
		}
		sql.append("\"linked\" AS (UPDATE ")
			.append(this.sql.holder())
			.append(" SET ")
			.append(this.sql.foreignKey())
			.append(" = :key")
			.append(this.sql.versionIncrement())
			.append(" WHERE ")
			.append(this.sql.holderId())
			.append(" = :holder AND ")
			.append(this.sql.foreignKey())
			.append(" IS DISTINCT FROM :key")
			.append(referencedExists)
			.append(afterPrevious)
			.append(" RETURNING ")
			.append(this.sql.versionReturned())
			.append(" AS \"version\") ");
		return sql.append(written(this.sql.checkReferenced())).toString();
	}

	/**
	 * Unlink one holder, unless it holds no key; the result is as
	 * {@link #link(Previous)}'s.
	 * @return the statement
	 */
	String unlinkHolder() {
		return "WITH \"linked\" AS (UPDATE " + this.sql.holder() + " SET " + this.sql.foreignKey() + " = NULL"
				+ this.sql.versionIncrement() + " WHERE " + this.sql.holderId() + " = :holder AND "
				+ this.sql.foreignKey() + " IS NOT NULL RETURNING " + this.sql.versionReturned() + " AS \"version\") "
				+ written(false);
	}

	/**
	 * The query that reports what a write of the {@code "linked"} expression did:
	 * {@link #HOLDERS}, {@link #REFERENCED}, {@link #LINKED} and {@link #VERSION}.
	 * @param countReferenced whether to count the {@code "referenced"} rows, rather than
	 * report one
	 */
	private String written(boolean countReferenced) {
		return "SELECT (SELECT count(*) FROM " + this.sql.holder() + " WHERE " + this.sql.holderId()
				+ " = :holder) AS \"" + HOLDERS + "\", "
				+ (countReferenced ? "(SELECT count(*) FROM \"referenced\")" : "1") + " AS \"" + REFERENCED
				+ "\", (SELECT count(*) FROM \"linked\") AS \"" + LINKED
				+ "\", (SELECT max(\"version\") FROM \"linked\") AS \"" + VERSION + "\"";
	}

	/**
	 * Whether the statements that link check themselves that the referenced row exists,
	 * because no constraint does.
	 */
	boolean checksReferenced() {
		return this.sql.checkReferenced();
	}

	String unlinkKey() {
		return this.sql.removal(false) + " WHERE " + this.sql.foreignKey() + " = :key";
	}

	/**
	 * Unlink, or delete, the rows that hold a key, but only when the referenced row with
	 * the key exists, which the result counts as {@link #REFERENCED}, locking it against
	 * deletion: for a key that a new row is about to hold without a constraint to check
	 * it.
	 * @param delete whether to delete the rows instead of unlinking them
	 * @return the statement
	 */
	String removeKeyChecked(boolean delete) {
		return "WITH " + referencedLock() + ", \"previous\" AS (" + this.sql.removal(delete) + " WHERE "
				+ this.sql.foreignKey()
				+ " = :key AND EXISTS (SELECT 1 FROM \"referenced\") RETURNING 1) SELECT (SELECT count(*) FROM "
				+ "\"referenced\") AS \"" + REFERENCED + "\", (SELECT count(*) FROM \"previous\") AS \"removed\"";
	}

	/**
	 * Check that the referenced row with a key exists, locking it against deletion as a
	 * foreign key check would; no row means that it does not exist.
	 * @return the statement
	 */
	String checkReferenced() {
		return "SELECT 1 FROM " + this.sql.referenced() + " WHERE " + this.sql.key() + " = :key FOR KEY SHARE";
	}

	/**
	 * Unlink the rows with the ids {@code :previous}, found and locked by
	 * {@link #lockHolders()}.
	 * @return the statement
	 */
	String unlinkHolders() {
		return this.sql.removal(false) + " WHERE " + this.sql.holderId() + " = ANY(:previous)";
	}

	String deleteKey() {
		return this.sql.removal(true) + " WHERE " + this.sql.foreignKey() + " = :key";
	}

	/**
	 * The referenced row with the key, locked against deletion and key changes as a
	 * foreign key check locks it.
	 */
	private String referencedLock() {
		return "\"referenced\" AS (SELECT 1 FROM " + this.sql.referenced() + " WHERE " + this.sql.key()
				+ " = :key FOR KEY SHARE)";
	}

	/**
	 * What a link does with the other rows that hold the key.
	 */
	enum Previous {

		/**
		 * Leave them: the key may have several holders, or has none yet.
		 */
		KEEP,

		/**
		 * Set their foreign key to {@code NULL}.
		 */
		UNLINK,

		/**
		 * Delete them.
		 */
		DELETE

	}

}
