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

package io.github.associations.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.github.associations.model.ReferentialAction;
import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;
import io.github.associations.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What the PostgreSQL catalog says about a table, in the terms of the schema model, so
 * that tests compare the database with the model.
 */
final class Catalog {

	private final TestDatabase database;

	private final JdbcClient jdbc;

	Catalog(TestDatabase database) {
		this.database = database;
		this.jdbc = JdbcClient.create(new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(), ""));
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	MigrateResult migrate(Path directory) {
		return Flyway.configure()
			.dataSource(this.database.getJdbcUrl(), this.database.getUsername(), null)
			.locations("filesystem:" + directory)
			.load()
			.migrate();
	}

	/**
	 * Return the columns as {@code name type [not null] [identity] [default ...]}.
	 */
	List<String> columns(TableName table) {
		return this.jdbc.sql("""
				SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
				    || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
				    || CASE WHEN a.attidentity = 'd' THEN ' identity' ELSE '' END
				    || COALESCE(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
				FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
				WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
				""").param(regclass(table)).query(String.class).list();
	}

	/**
	 * Return the constraints by name, with PostgreSQL's definition of each.
	 */
	Map<String, String> constraints(TableName table) {
		Map<String, String> constraints = new TreeMap<>();
		this.jdbc.sql(
				"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass AND contype <> 'n'")
			.param(regclass(table))
			.query((row, index) -> constraints.put(row.getString(1), row.getString(2)))
			.list();
		return constraints;
	}

	/**
	 * Return the indexes that back no constraint, by name, with their columns.
	 */
	Map<String, String> indexes(TableName table) {
		Map<String, String> indexes = new TreeMap<>();
		this.jdbc.sql("""
				SELECT i.relname, pg_get_indexdef(x.indexrelid)
				FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
				WHERE x.indrelid = ?::regclass
				AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
				""")
			.param(regclass(table))
			.query((row, index) -> indexes.put(row.getString(1), row.getString(2)))
			.list();
		return indexes;
	}

	List<String> triggers(TableName table) {
		return this.jdbc
			.sql("SELECT tgname FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT tgisinternal ORDER BY 1")
			.param(regclass(table))
			.query(String.class)
			.list();
	}

	boolean exists(TableName table) {
		return this.jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(regclass(table)).query(Boolean.class).single();
	}

	static String regclass(TableName table) {
		return (table.schema() != null) ? "\"" + table.schema() + "\".\"" + table.name() + "\""
				: "\"" + table.name() + "\"";
	}

	/**
	 * Return the columns a model's table must have, as {@link #columns} prints them.
	 */
	static List<String> expectedColumns(Table table) {
		return table.columns().stream().map(Catalog::expectedColumn).toList();
	}

	private static String expectedColumn(Column column) {
		return column.name() + " " + formatType(column.type()) + (column.nullable() ? "" : " not null")
				+ (column.identity() ? " identity" : "")
				+ ((column.defaultValue() != null) ? " default " + column.defaultValue() : "");
	}

	private static String formatType(String type) {
		if (type.startsWith("varchar(")) {
			return "character varying" + type.substring("varchar".length());
		}
		return switch (type) {
			case "timestamptz" -> "timestamp with time zone";
			case "timestamp" -> "timestamp without time zone";
			case "time" -> "time without time zone";
			default -> type;
		};
	}

	/**
	 * Return the constraints a model's table must have, as PostgreSQL defines them.
	 */
	static Map<String, String> expectedConstraints(Table table) {
		Map<String, String> constraints = new TreeMap<>();
		if (!table.managedElsewhere()) {
			constraints.put(table.primaryKey().name(),
					"PRIMARY KEY (" + String.join(", ", table.primaryKey().columns()) + ")");
		}
		table.uniqueConstraints()
			.forEach(
					(unique) -> constraints.put(unique.name(), "UNIQUE (" + String.join(", ", unique.columns()) + ")"));
		table.foreignKeys()
			.stream()
			.filter(ForeignKey::constrained)
			.forEach((foreignKey) -> constraints.put(foreignKey.name(), expectedForeignKey(foreignKey)));
		return constraints;
	}

	private static String expectedForeignKey(ForeignKey foreignKey) {
		TableName referenced = foreignKey.referencedTable();
		String table = (referenced.schema() != null) ? referenced.schema() + "." + referenced.name()
				: referenced.name();
		return "FOREIGN KEY (" + foreignKey.column() + ") REFERENCES " + table + "(" + foreignKey.referencedColumn()
				+ ")" + action(" ON UPDATE ", foreignKey.onUpdate()) + action(" ON DELETE ", foreignKey.onDelete());
	}

	private static String action(String clause, ReferentialAction action) {
		return (action == ReferentialAction.NO_ACTION) ? "" : clause + action.name().replace('_', ' ');
	}

	static Map<String, String> expectedIndexes(Table table) {
		Map<String, String> indexes = new TreeMap<>();
		table.indexes()
			.forEach((index) -> indexes.put(index.name(),
					"CREATE INDEX " + index.name() + " ON "
							+ Objects.requireNonNullElse(table.name().schema(), "public") + "." + table.name().name()
							+ " USING btree (" + String.join(", ", index.columns()) + ")"));
		return indexes;
	}

}
