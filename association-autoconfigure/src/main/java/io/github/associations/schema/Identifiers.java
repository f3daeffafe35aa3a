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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.SqlIdentifier;

/**
 * Safe SQL identifiers and the names PostgreSQL stores for Spring Data's identifiers.
 */
final class Identifiers {

	/**
	 * PostgreSQL's limit on the length of an identifier, in bytes.
	 */
	static final int MAX_BYTES = 63;

	private static final Pattern SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final List<String> SYSTEM_COLUMN_ORDER = List.of("tableoid", "xmin", "cmin", "xmax", "cmax", "ctid");

	private static final Set<String> SYSTEM_COLUMNS = Set.copyOf(SYSTEM_COLUMN_ORDER);

	/**
	 * The name of Flyway's schema history table, unless configured otherwise.
	 */
	private static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

	private static final IdentifierProcessing POSTGRES = JdbcPostgresDialect.INSTANCE.getIdentifierProcessing();

	private Identifiers() {
	}

	/**
	 * Return whether a name is a safe identifier: ASCII letters, digits and underscores,
	 * not starting with a digit, at most 63 bytes.
	 * @param name the name
	 * @return whether it is safe
	 */
	static boolean isSafe(String name) {
		return SAFE.matcher(name).matches() && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	/**
	 * Describe why a name is not safe.
	 * @param name the name
	 * @return the reason
	 */
	static String whyUnsafe(String name) {
		if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "longer than " + MAX_BYTES + " bytes";
		}
		return "not a safe SQL identifier";
	}

	/**
	 * Describe what is wrong with a column name, if anything: it is not safe, or it is
	 * the name of a system column that PostgreSQL adds to every table.
	 * @param name the name
	 * @return the problem, or {@code null} when the name is a good column name
	 */
	static @Nullable String columnProblem(String name) {
		if (!isSafe(name)) {
			return whyUnsafe(name);
		}
		if (SYSTEM_COLUMNS.contains(name)) {
			return "the name of a system column that PostgreSQL adds to every table";
		}
		return null;
	}

	/**
	 * Describe what is wrong with a table or schema name, if anything: it is not safe, it
	 * starts with {@code pg_} (PostgreSQL's own catalog, searched first, would shadow it,
	 * and schemas with it are reserved), or it is the name of Flyway's schema history
	 * table.
	 * @param name the name
	 * @return the problem, or {@code null} when the name is a good table name
	 */
	static @Nullable String tableProblem(String name) {
		if (!isSafe(name)) {
			return whyUnsafe(name);
		}
		if (name.startsWith("pg_")) {
			return "reserved by PostgreSQL: names starting with pg_ belong to its system catalog, "
					+ "which is searched first";
		}
		if (name.equals(FLYWAY_HISTORY_TABLE)) {
			return "the name of Flyway's schema history table";
		}
		return null;
	}

	/**
	 * The rule for column names, for messages.
	 */
	static final String COLUMN_RULE = "use only letters, digits and underscores, not starting with a digit, at most "
			+ MAX_BYTES + " bytes, and none of PostgreSQL's system column names ("
			+ String.join(", ", SYSTEM_COLUMN_ORDER) + ")";

	/**
	 * The rule for table names, for messages.
	 */
	static final String TABLE_RULE = "use only letters, digits and underscores, not starting with a digit, at most "
			+ MAX_BYTES + " bytes, not starting with pg_, and not " + FLYWAY_HISTORY_TABLE;

	/**
	 * The rule for safe names, for messages.
	 */
	static final String RULE = "use only letters, digits and underscores, not starting with a digit, at most "
			+ MAX_BYTES + " bytes";

	/**
	 * Return the names PostgreSQL stores for the parts of a Spring Data identifier: a
	 * quoted part as written, an unquoted part folded to lower case.
	 * @param identifier the identifier, possibly qualified with a schema
	 * @return the names of its parts
	 */
	static List<String> storedNames(SqlIdentifier identifier) {
		List<String> names = new ArrayList<>();
		for (SqlIdentifier part : identifier) {
			names.add(storedName(part.toSql(POSTGRES)));
		}
		return names;
	}

	private static String storedName(String sql) {
		if (sql.length() >= 2 && sql.startsWith("\"") && sql.endsWith("\"")) {
			return sql.substring(1, sql.length() - 1).replace("\"\"", "\"");
		}
		return sql.toLowerCase(Locale.ROOT);
	}

}
