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

import io.github.associations.schema.Association;
import io.github.associations.schema.Junction;
import io.github.associations.sql.PostgresIdentifiers;

/**
 * The statements of a belongsToMany association, with named parameters: {@code :key} for
 * the source's key, {@code :keys} for an array of them, {@code :targets} for an array of
 * target keys and {@code :target} for one. All names are quoted.
 * <p>
 * The statements that link insert the junction rows in key order with
 * {@code ON CONFLICT (<source column>, <target column>) DO NOTHING}, so that linking a
 * pair twice, or from two transactions at once, is neither an error nor a deadlock; the
 * statements that unlink lock the rows they delete in key order first. Those that link
 * several targets report in one row the requested target keys that do not exist
 * ({@link #MISSING}), and whether the source exists ({@link #REFERENCED}); those that
 * link one leave it to the junction's foreign keys.
 *
 * @param junction the junction table
 * @param sourceColumn the junction's column referencing the source's key
 * @param targetColumn the junction's column referencing the target's key
 * @param source the source's table
 * @param sourceKey the source's key column
 * @param target the target's table
 * @param targetKey the target's key column
 */
record JunctionSql(String junction, String sourceColumn, String targetColumn, String source, String sourceKey,
		String target, String targetKey) {

	/**
	 * The column label of the requested target keys that do not exist.
	 */
	static final String MISSING = "missing";

	/**
	 * The column label of the number of source rows with the key: 1, or 0 when it does
	 * not exist.
	 */
	static final String REFERENCED = "referenced";

	/**
	 * The column label of the source key in {@link #selectTargetsForKeys(String)}.
	 */
	static final String SOURCE_LABEL = "association_source";

	/**
	 * The column of the given target keys in {@link #setPayloads}.
	 */
	private static final String GIVEN_KEY = "association_target";

	/**
	 * Return the statements whose text does not depend on the call, built now: a
	 * repository keeps them, so that every call sends the same string, which Spring's
	 * named parameter parsing finds in its cache without hashing a new one.
	 */
	Statements statements() {
		return new Statements(addOne(), add(), set(), remove(), lockSource(), count(), countAmong());
	}

	static JunctionSql of(Association association) {
		Junction junction = association.junction();
		if (junction == null) {
			throw new IllegalArgumentException(association.qualifiedName() + " has no junction table");
		}
		return new JunctionSql(PostgresIdentifiers.table(junction.table()),
				PostgresIdentifiers.quote(junction.sourceColumn()), PostgresIdentifiers.quote(junction.targetColumn()),
				PostgresIdentifiers.table(association.foreignKey().referencedTable()),
				PostgresIdentifiers.quote(association.foreignKey().referencedColumn()),
				PostgresIdentifiers.table(junction.targetForeignKey().referencedTable()),
				PostgresIdentifiers.quote(junction.targetKeyColumn()));
	}

	/**
	 * Return a column of the target's table as the selects of targets call it.
	 * @param column the unquoted column name
	 * @return the qualified column
	 */
	static String targetColumn(String column) {
		return "\"t\"." + PostgresIdentifiers.quote(column);
	}

	/**
	 * Return a column of the junction as the selects of targets call it.
	 * @param column the unquoted column name
	 * @return the qualified column
	 */
	static String junctionColumn(String column) {
		return "\"j\"." + PostgresIdentifiers.quote(column);
	}

	/**
	 * Select the targets of the source with the key in an order, with {@code :limit} and
	 * {@code :offset}.
	 * @param orderBy the order, of the target's columns as {@link #targetColumn} names
	 * them, without {@code ORDER BY}
	 */
	String selectTargets(String orderBy) {
		return "SELECT \"t\".* FROM " + joined() + " WHERE \"j\"." + this.sourceColumn + " = :key ORDER BY " + orderBy
				+ " LIMIT :limit OFFSET :offset";
	}

	/**
	 * Select the targets of any of the sources with the keys {@code :keys}, each row with
	 * its source's key labelled {@link #SOURCE_LABEL}, grouped by source.
	 * @param orderBy the order of each source's targets, as {@link #selectTargets}
	 */
	String selectTargetsForKeys(String orderBy) {
		return "SELECT \"j\"." + this.sourceColumn + " AS \"" + SOURCE_LABEL + "\", \"t\".* FROM " + joined()
				+ " WHERE \"j\"." + this.sourceColumn + " = ANY(:keys) ORDER BY \"j\"." + this.sourceColumn + ", "
				+ orderBy;
	}

	private String joined() {
		return this.target + " AS \"t\" JOIN " + this.junction + " AS \"j\" ON \"j\"." + this.targetColumn + " = \"t\"."
				+ this.targetKey;
	}

	String count() {
		return "SELECT count(*) FROM " + this.junction + " WHERE " + this.sourceColumn + " = :key";
	}

	/**
	 * Count those of the targets {@code :targets} that are linked with the source.
	 */
	String countAmong() {
		return count() + " AND " + this.targetColumn + " = ANY(:targets)";
	}

	/**
	 * Take the source's links for a {@code set} or {@code remove}: an exclusive
	 * transaction-scoped advisory lock on the source's key in this association, for which
	 * other {@code set}s, {@code remove}s and {@code add}s of the source wait; its column
	 * {@link #REFERENCED} says whether the source exists. The writing statement runs
	 * after this one, so that it reads the links as the last of them to commit left them:
	 * one statement could not, since it reads the rows as they were when it started,
	 * before it waited for the lock. An advisory lock, unlike a lock of the source's row,
	 * neither waits for nor blocks writes of the source itself, and needs no privilege.
	 */
	String lockSource() {
		return "SELECT EXISTS (SELECT 1 FROM " + this.source + " WHERE " + this.sourceKey + " = :key) AS \""
				+ REFERENCED + "\" FROM (SELECT pg_advisory_xact_lock(" + lockKey() + ")) AS \"locked\"";
	}

	/**
	 * The key of the advisory lock of the source's links: this association's junction and
	 * column, and the source's key.
	 */
	private String lockKey() {
		return (this.junction + "." + this.sourceColumn).hashCode() + ", hashtext(CAST(:key AS text))";
	}

	/**
	 * The source's row when it exists, after a shared advisory lock of its links: adds of
	 * one source run side by side, but wait for a {@code set} or {@code remove} of it to
	 * commit, and these for them.
	 */
	private String referenced() {
		return "\"referenced\" AS (SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(" + lockKey()
				+ ")) AS \"locked\", " + this.source + " WHERE " + this.sourceKey + " = :key)";
	}

	/**
	 * Link the source with the targets {@code :targets} it is not linked with yet, when
	 * the source exists, after a shared lock of its links.
	 */
	String add() {
		return "WITH " + found() + ", " + referenced() + ", " + link(" AND EXISTS (SELECT 1 FROM \"referenced\")") + " "
				+ report("(SELECT count(*) FROM \"referenced\")");
	}

	/**
	 * Link the source with the one target {@code :target} when it is not linked yet,
	 * after a shared lock of its links, as {@link #add()} does for many: a statement that
	 * PostgreSQL plans once and runs at the cost of a plain {@code INSERT}. The
	 * junction's foreign keys report a missing source or target, as a violation of the
	 * constraint that references it.
	 */
	String addOne() {
		return addOne("", "", "DO NOTHING");
	}

	/**
	 * Link the source with the one target {@code :target}, as {@link #addOne()} does,
	 * with the values of a junction model's columns; an existing link gets the new
	 * values.
	 * @param payload the junction model's columns, whose values are bound as those of
	 * link 0
	 */
	String addOne(JunctionPayload payload) {
		if (payload.isEmpty()) {
			return addOne();
		}
		return addOne(payload.columns(), payload.values(0), "DO UPDATE SET " + payload.assignments("EXCLUDED"));
	}

	private String addOne(String columns, String values, String onConflict) {
		return "INSERT INTO " + this.junction + " (" + this.sourceColumn + ", " + this.targetColumn + columns
				+ ") SELECT :key, :target" + values + " FROM (SELECT pg_advisory_xact_lock_shared(" + lockKey()
				+ ")) AS \"locked\" ON CONFLICT (" + this.sourceColumn + ", " + this.targetColumn + ") " + onConflict;
	}

	/**
	 * The most bind parameters a PostgreSQL statement can have.
	 */
	private static final int MAX_PARAMETERS = 65_535;

	/**
	 * The parameters of {@link #setPayloads} that do not repeat per link: the source key
	 * at each of its uses, with room to spare.
	 */
	private static final int SHARED_PARAMETERS = 8;

	/**
	 * Return how many links one {@link #setPayloads} statement can change within
	 * PostgreSQL's limit on bind parameters: each link binds its target key and its
	 * payload values.
	 * @param payload the junction model's columns
	 */
	static int linksPerPayloadStatement(JunctionPayload payload) {
		return (MAX_PARAMETERS - SHARED_PARAMETERS) / (1 + payload.size());
	}

	/**
	 * Change the junction model's columns of links of the source, one row of values per
	 * link: the target key {@code :target_<n>} with the payload of link {@code n}. Locks
	 * the links in key order first, and reports in {@link #MISSING} the given target keys
	 * that are not linked with the source.
	 * @param payload the junction model's columns
	 * @param targetKeyType the SQL type of the target's key
	 * @param links the number of links
	 */
	String setPayloads(JunctionPayload payload, String targetKeyType, int links) {
		StringBuilder given = new StringBuilder("WITH \"given\" (\"").append(GIVEN_KEY)
			.append('"')
			.append(payload.columns())
			.append(") AS (VALUES ");
		for (int row = 0; row < links; row++) {
			given.append((row > 0) ? ", " : "")
				.append("(CAST(:target_")
				.append(row)
				.append(" AS ")
				.append(targetKeyType)
				.append(')')
				.append(payload.values(row))
				.append(')');
		}
		String keys = "SELECT \"" + GIVEN_KEY + "\" FROM \"given\"";
		return given + "), \"locked\" AS (SELECT " + this.targetColumn + " FROM " + this.junction + " WHERE "
				+ this.sourceColumn + " = :key AND " + this.targetColumn + " IN (" + keys + ") ORDER BY "
				+ this.targetColumn + " FOR UPDATE), \"updated\" AS (UPDATE " + this.junction + " AS \"j\" SET "
				+ payload.assignments("\"given\"") + " FROM \"given\" WHERE \"j\"." + this.sourceColumn
				+ " = :key AND \"j\"." + this.targetColumn + " = \"given\".\"" + GIVEN_KEY + "\" AND \"j\"."
				+ this.targetColumn + " IN (SELECT " + this.targetColumn + " FROM \"locked\") RETURNING \"j\"."
				+ this.targetColumn + ") SELECT ARRAY(" + keys + " WHERE \"" + GIVEN_KEY + "\" NOT IN (SELECT "
				+ this.targetColumn + " FROM \"updated\") ORDER BY \"" + GIVEN_KEY + "\") AS \"" + MISSING + "\"";
	}

	/**
	 * Make the source, whose links the caller locked, linked with exactly the targets
	 * {@code :targets}: unlink the others, link those it is not linked with yet. Links
	 * kept keep their rows.
	 */
	String set() {
		return "WITH " + found() + ", \"stale\" AS (SELECT " + this.targetColumn + " FROM " + this.junction + " WHERE "
				+ this.sourceColumn + " = :key AND NOT (" + this.targetColumn + " = ANY(:targets)) ORDER BY "
				+ this.targetColumn + " FOR UPDATE), \"removed\" AS (DELETE FROM " + this.junction + " WHERE "
				+ this.sourceColumn + " = :key AND " + this.targetColumn + " IN (SELECT " + this.targetColumn
				+ " FROM \"stale\") AND " + complete() + "), " + link("") + " " + report("1");
	}

	/**
	 * Unlink the source, whose links the caller locked, from those of the targets
	 * {@code :targets} it is linked with. The update count is the number unlinked.
	 */
	String remove() {
		return "WITH \"locked\" AS (SELECT " + this.targetColumn + " FROM " + this.junction + " WHERE "
				+ this.sourceColumn + " = :key AND " + this.targetColumn + " = ANY(:targets) ORDER BY "
				+ this.targetColumn + " FOR UPDATE) DELETE FROM " + this.junction + " WHERE " + this.sourceColumn
				+ " = :key AND " + this.targetColumn + " IN (SELECT " + this.targetColumn + " FROM \"locked\")";
	}

	/**
	 * The requested targets that exist, locked {@code FOR KEY SHARE} in key order so that
	 * none is deleted before the statement's links to it commit; one deleted before the
	 * lock is missing.
	 */
	private String found() {
		return "\"found\" AS (SELECT " + this.targetKey + " AS \"k\" FROM " + this.target + " WHERE " + this.targetKey
				+ " = ANY(:targets) ORDER BY " + this.targetKey + " FOR KEY SHARE)";
	}

	/**
	 * The condition that every requested target exists, without which the statement
	 * writes nothing.
	 */
	private static String complete() {
		return "NOT EXISTS (SELECT 1 FROM unnest(:targets) AS \"requested\" WHERE \"requested\" NOT IN "
				+ "(SELECT \"k\" FROM \"found\"))";
	}

	/**
	 * The links to the found targets, when all exist and the condition holds.
	 */
	private String link(String condition) {
		return "\"linked\" AS (INSERT INTO " + this.junction + " (" + this.sourceColumn + ", " + this.targetColumn
				+ ") SELECT :key, \"k\" FROM \"found\" WHERE " + complete() + condition
				+ " ORDER BY \"k\" ON CONFLICT (" + this.sourceColumn + ", " + this.targetColumn + ") DO NOTHING)";
	}

	/**
	 * The report of a statement that links: {@link #MISSING} is {@code NULL} rather than
	 * an empty array when every target exists, so that the common case has no array to
	 * parse.
	 */
	private static String report(String referencedCount) {
		return "SELECT (SELECT array_agg(\"requested\" ORDER BY \"requested\") FROM unnest(:targets) AS \"requested\""
				+ " WHERE \"requested\" NOT IN (SELECT \"k\" FROM \"found\")) AS \"" + MISSING + "\", "
				+ referencedCount + " AS \"" + REFERENCED + "\"";
	}

	/**
	 * The statements of {@link #statements()}.
	 *
	 * @param addOne {@link #addOne()}
	 * @param add {@link #add()}
	 * @param set {@link #set()}
	 * @param remove {@link #remove()}
	 * @param lockSource {@link #lockSource()}
	 * @param count {@link #count()}
	 * @param countAmong {@link #countAmong()}
	 */
	record Statements(String addOne, String add, String set, String remove, String lockSource, String count,
			String countAmong) {

	}

}
