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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The names of constraints, indexes and triggers: deterministic, readable, and at most 63
 * bytes. A name that would be longer is cut and ends with {@code _} and eight hexadecimal
 * digits of a hash of the full name, so that it stays unique.
 */
public final class SchemaNames {

	private static final int HASH_LENGTH = 8;

	private SchemaNames() {
	}

	/**
	 * Return the name of a table's primary key.
	 * @param table the table
	 * @return for example {@code pk_users}
	 */
	public static String primaryKey(TableName table) {
		return limit("pk_" + table.name());
	}

	/**
	 * Return the name of a foreign key constraint.
	 * @param table the table holding the foreign key
	 * @param column the foreign key column
	 * @return for example {@code fk_profiles_user_id}
	 */
	public static String foreignKey(TableName table, String column) {
		return limit("fk_" + table.name() + "_" + column);
	}

	/**
	 * Return the name of a unique constraint.
	 * @param table the table
	 * @param columns the constrained columns
	 * @return for example {@code uq_profiles_user_id}
	 */
	public static String unique(TableName table, List<String> columns) {
		return limit("uq_" + table.name() + "_" + String.join("_", columns));
	}

	/**
	 * Return the name of a non-unique index.
	 * @param table the table
	 * @param columns the indexed columns
	 * @return for example {@code ix_profiles_user_id}
	 */
	public static String index(TableName table, List<String> columns) {
		return limit("ix_" + table.name() + "_" + String.join("_", columns));
	}

	/**
	 * Return the name of the trigger that keeps a table's {@code updated_at} current.
	 * @param table the table
	 * @return for example {@code trg_users_updated_at}
	 */
	public static String updatedAtTrigger(TableName table) {
		return limit("trg_" + table.name() + "_updated_at");
	}

	static String limit(String name) {
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= Identifiers.MAX_BYTES) {
			return name;
		}
		String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, HASH_LENGTH);
		int keep = Identifiers.MAX_BYTES - HASH_LENGTH - 1;
		String prefix = new String(bytes, 0, keep, StandardCharsets.UTF_8);
		while (prefix.getBytes(StandardCharsets.UTF_8).length > keep || prefix.endsWith("_")) {
			prefix = prefix.substring(0, prefix.length() - 1);
		}
		return prefix + "_" + hash;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
