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

package io.github.associations.sql;

import io.github.associations.schema.TableName;

import org.springframework.data.relational.core.sql.SqlIdentifier;

/**
 * How statements spell the identifiers of the schema in PostgreSQL: always quoted, so
 * that PostgreSQL takes them exactly as written, and qualified with the table's schema
 * where the model names one. The DDL renderer and the repositories take every identifier
 * from here.
 */
public final class PostgresIdentifiers {

	private PostgresIdentifiers() {
	}

	/**
	 * Quote an identifier.
	 * @param identifier the identifier
	 * @return the quoted identifier, with any double quote in it doubled
	 */
	public static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/**
	 * Return a table's name as statements spell it.
	 * @param table the table
	 * @return for example {@code "billing"."invoices"}
	 */
	public static String table(TableName table) {
		return qualify(table, table.name());
	}

	/**
	 * Return another object of a table's schema as statements spell it, such as an index.
	 * @param table the table
	 * @param object the object's name
	 * @return the quoted name, qualified with the table's schema
	 */
	public static String qualify(TableName table, String object) {
		return (table.schema() != null) ? quote(table.schema()) + "." + quote(object) : quote(object);
	}

	/**
	 * Return a table's name as Spring Data's SQL builder takes it.
	 * @param table the table
	 * @return the quoted identifier, qualified with the table's schema
	 */
	public static SqlIdentifier identifier(TableName table) {
		return (table.schema() != null)
				? SqlIdentifier.from(SqlIdentifier.quoted(table.schema()), SqlIdentifier.quoted(table.name()))
				: SqlIdentifier.quoted(table.name());
	}

}
