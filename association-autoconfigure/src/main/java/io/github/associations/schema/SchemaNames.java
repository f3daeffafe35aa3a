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

import io.github.associations.model.AssociationKind;
import org.atteo.evo.inflector.English;

import org.springframework.data.util.ParsingUtils;

/**
 * Every name the starter gives: the default name ({@code as}) and foreign key column of
 * an association, the timestamp columns, the trigger function, and the names of
 * constraints, indexes and triggers. Deterministic and readable; a constraint, index or
 * trigger name is at most 63 bytes: one that would be longer is cut and ends with
 * {@code _} and eight hexadecimal digits of a hash of the full name, so that it stays
 * unique.
 */
public final class SchemaNames {

	/**
	 * The column that holds when a row was inserted, for models with timestamps.
	 */
	public static final String CREATED_AT = "created_at";

	/**
	 * The column that holds when a row was last updated, for models with timestamps.
	 */
	public static final String UPDATED_AT = "updated_at";

	/**
	 * The function that the {@code updated_at} triggers call.
	 */
	public static final String UPDATED_AT_FUNCTION = "associations_set_updated_at";

	private static final int HASH_LENGTH = 8;

	private SchemaNames() {
	}

	/**
	 * Return the name an association gets when it declares none: its target's name in
	 * lower camel case, pluralized for a hasMany as Spring Data REST pluralizes (with the
	 * Evo Inflector).
	 * @param target the name of the target model
	 * @param kind the association's kind
	 * @return for example {@code profile} for {@code Profile}, {@code categories} for a
	 * hasMany of {@code Category}
	 */
	static String defaultAs(String target, AssociationKind kind) {
		String name = Character.toLowerCase(target.charAt(0)) + target.substring(1);
		return kind.isToMany() ? English.plural(name) : name;
	}

	/**
	 * Return the foreign key column an association gets when it declares none: its name
	 * in snake case followed by the referenced key column.
	 * @param as the name of the association (or of the model) the column is named after
	 * @param keyColumn the referenced key column
	 * @return for example {@code user_id} for {@code user} and {@code id}
	 */
	static String foreignKeyColumn(String as, String keyColumn) {
		return ParsingUtils.reconcatenateCamelCase(as, "_") + "_" + keyColumn;
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
