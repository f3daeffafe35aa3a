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
import java.util.regex.Pattern;

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
