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

import java.util.EnumMap;
import java.util.Map;

/**
 * The statements of a hasMany association, with named parameters: {@code :key} for the
 * source's key, {@code :keys} for an array of them, and {@code :holders} for an array of
 * target ids. The targets' table holds the foreign key ("holder"); the source's table is
 * "referenced".
 * <p>
 * The statements that write lock the target rows they touch in the order of their ids
 * before writing them, so that two of them cannot deadlock however their targets cross,
 * and report in one row what they did: {@link #MISSING}, {@link #REMOVED},
 * {@link #LINKED}, {@link #VERSIONS} and {@link #REFERENCED}. Every write of the foreign
 * key also increments the target's version column, when it has one. Where the foreign key
 * has no constraint, the statements that link check themselves that the source's row
 * exists.
 */
final class HasManySql {

	/**
	 * The column label of the requested target ids that do not exist.
	 */
	static final String MISSING = "missing";

	/**
	 * The column label of the ids of the targets removed, or to remove.
	 */
	static final String REMOVED = "removed";

	/**
	 * The column label of the ids of the targets linked, in id order.
	 */
	static final String LINKED = "linked";

	/**
	 * The column label of the new versions of the targets linked, in id order, or
	 * {@code NULL}s when the target has no version.
	 */
	static final String VERSIONS = "versions";

	/**
	 * The column label of the number of source rows with the key: 1, or 0 when it does
	 * not exist.
	 */
	static final String REFERENCED = "referenced";

	private final ForeignKeySql sql;

	private final String lockSource;

	private final Map<Removal, String> set = new EnumMap<>(Removal.class);

	private final String add;

	private final String unlink;

	private final String delete;

	private final String lockHeld;

	/**
	 * Build the statements once: each call sends the same string, which Spring's named
	 * parameter parsing finds in its cache without hashing a new one.
	 */
	HasManySql(ForeignKeySql sql) {
		this.sql = sql;
		this.lockSource = buildLockSource();
		for (Removal removal : Removal.values()) {
			this.set.put(removal, buildSet(removal));
		}
		this.add = buildAdd();
		this.unlink = buildRemove(false);
		this.delete = buildRemove(true);
		this.lockHeld = buildLockHeld();
	}

	String lockSource() {
		return this.lockSource;
	}

	String set(Removal removal) {
		return this.set.get(removal);
	}

	String add() {
		return this.add;
	}

	String remove(boolean delete) {
		return delete ? this.delete : this.unlink;
	}

	String lockHeld() {
		return this.lockHeld;
	}

	/**
	 * Lock the source's row against other {@code set}s of its targets, without blocking
	 * the foreign key checks of other statements; no row means that it does not exist.
	 * @return the statement
	 */
	private String buildLockSource() {
		return "SELECT 1 FROM " + this.sql.referenced() + " WHERE " + this.sql.key() + " = :key FOR NO KEY UPDATE";
	}

	/**
	 * Make the source with the key hold exactly the targets {@code :holders}: lock its
	 * targets and the given ones in id order, remove its others, link the given ones it
	 * does not hold yet.
	 * @param removal what to do with the targets it no longer holds
	 * @return the statement
	 */
	private String buildSet(Removal removal) {
		String removable = "SELECT " + this.sql.holderId() + " FROM \"locked\" WHERE " + this.sql.foreignKey()
				+ " = :key AND NOT (" + this.sql.holderId() + " = ANY(:holders))";
		StringBuilder sql = new StringBuilder("WITH \"locked\" AS (SELECT ").append(this.sql.holderId())
			.append(", ")
			.append(this.sql.foreignKey())
			.append(" FROM ")
			.append(this.sql.holder())
			.append(" WHERE ")
			.append(this.sql.foreignKey())
			.append(" = :key OR ")
			.append(this.sql.holderId())
			.append(" = ANY(:holders) ORDER BY ")
			.append(this.sql.holderId())
			.append(" FOR NO KEY UPDATE), ");
		String removed;
		if (removal == Removal.REPORT) {
			removed = "ARRAY(" + removable + " ORDER BY " + this.sql.holderId() + ")";
		}
		else {
			sql.append("\"removed\" AS (")
				.append(this.sql.removal(removal == Removal.DELETE))
				.append(" WHERE ")
				.append(this.sql.holderId())
				.append(" IN (")
				.append(removable)
				.append(") RETURNING ")
				.append(this.sql.holderId())
				.append("), ");
			removed = "ARRAY(SELECT " + this.sql.holderId() + " FROM \"removed\" ORDER BY " + this.sql.holderId() + ")";
		}
		sql.append(linked("SELECT " + this.sql.holderId() + " FROM \"locked\" WHERE " + this.sql.holderId()
				+ " = ANY(:holders) AND " + this.sql.foreignKey() + " IS DISTINCT FROM :key", ""));
		return sql.append(" ").append(report(removed, "1")).toString();
	}

	/**
	 * Link the targets {@code :holders} with the source with the key, taking them from
	 * other sources: lock them in id order, then link those it does not hold yet.
	 * @return the statement
	 */
	private String buildAdd() {
		StringBuilder sql = new StringBuilder("WITH ");
		String referencedExists = "";
		String referencedCount = "1";
		if (this.sql.checkReferenced()) {
			sql.append("\"referenced\" AS (SELECT 1 FROM ")
				.append(this.sql.referenced())
				.append(" WHERE ")
				.append(this.sql.key())
				.append(" = :key FOR KEY SHARE), ");
			referencedExists = " AND EXISTS (SELECT 1 FROM \"referenced\")";
			referencedCount = "(SELECT count(*) FROM \"referenced\")";
		}
		sql.append("\"locked\" AS (SELECT ")
			.append(this.sql.holderId())
			.append(", ")
			.append(this.sql.foreignKey())
			.append(" FROM ")
			.append(this.sql.holder())
			.append(" WHERE ")
			.append(this.sql.holderId())
			.append(" = ANY(:holders) ORDER BY ")
			.append(this.sql.holderId())
			.append(" FOR NO KEY UPDATE), ");
		sql.append(linked("SELECT " + this.sql.holderId() + " FROM \"locked\" WHERE " + this.sql.foreignKey()
				+ " IS DISTINCT FROM :key", referencedExists));
		return sql.append(" ").append(report("NULL", referencedCount)).toString();
	}

	/**
	 * Remove, from the source with the key, those of the targets {@code :holders} it
	 * holds: lock them in id order, then unlink or delete them. The update count is the
	 * number removed.
	 * @param delete whether to delete them rather than unlink them
	 * @return the statement
	 */
	private String buildRemove(boolean delete) {
		return "WITH \"locked\" AS (" + buildLockHeld() + ") " + this.sql.removal(delete) + " WHERE "
				+ this.sql.holderId() + " IN (SELECT " + this.sql.holderId() + " FROM \"locked\")";
	}

	/**
	 * Lock, in id order, and return the ids of those of the targets {@code :holders} that
	 * the source with the key holds: the targets that a removal deletes one by one.
	 * @return the statement
	 */
	private String buildLockHeld() {
		return "SELECT " + this.sql.holderId() + " FROM " + this.sql.holder() + " WHERE " + this.sql.foreignKey()
				+ " = :key AND " + this.sql.holderId() + " = ANY(:holders) ORDER BY " + this.sql.holderId()
				+ " FOR NO KEY UPDATE";
	}

	/**
	 * The expression that links the candidates, chosen from the {@code "locked"} rows:
	 * the values of a locked row are its latest, where the writing statement's own
	 * conditions would see the rows as they were when the statement started, and miss a
	 * row that another transaction changed while this one waited for its lock.
	 */
	private String linked(String candidates, String condition) {
		return "\"linked\" AS (UPDATE " + this.sql.holder() + " SET " + this.sql.foreignKey() + " = :key"
				+ this.sql.versionIncrement() + " WHERE " + this.sql.holderId() + " IN (" + candidates + ")" + condition
				+ " RETURNING " + this.sql.holderId() + " AS \"id\", " + this.sql.versionReturned()
				+ " AS \"version\")";
	}

	private String report(String removed, String referencedCount) {
		return "SELECT ARRAY(SELECT \"requested\" FROM unnest(:holders) AS \"requested\" WHERE \"requested\" NOT IN "
				+ "(SELECT " + this.sql.holderId() + " FROM \"locked\") ORDER BY \"requested\") AS \"" + MISSING
				+ "\", " + removed + " AS \"" + REMOVED
				+ "\", ARRAY(SELECT \"id\" FROM \"linked\" ORDER BY \"id\") AS \"" + LINKED
				+ "\", ARRAY(SELECT \"version\" FROM \"linked\" ORDER BY \"id\") AS \"" + VERSIONS + "\", "
				+ referencedCount + " AS \"" + REFERENCED + "\"";
	}

	/**
	 * What a {@code set} does with the targets the source no longer holds.
	 */
	enum Removal {

		/**
		 * Set their foreign key to {@code NULL}.
		 */
		UNLINK,

		/**
		 * Delete them.
		 */
		DELETE,

		/**
		 * Leave them, locked, and report their ids, for the caller to delete them as
		 * aggregates with their children.
		 */
		REPORT

	}

}
