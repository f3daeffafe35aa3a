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

import java.sql.SQLType;
import java.util.ArrayList;
import java.util.List;

import io.github.associations.schema.Column;
import io.github.associations.schema.Junction;
import io.github.associations.schema.Table;
import io.github.associations.sql.PostgresIdentifiers;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The columns a junction model adds to its junction: the properties that each link
 * carries, written with it as the application's converter writes them. The model's id,
 * its key properties and its read-only properties are not payload.
 */
final class JunctionPayload {

	private final String association;

	private final Class<?> type;

	private final EntityMapping mapping;

	private final List<RelationalPersistentProperty> properties = new ArrayList<>();

	private final List<String> columns = new ArrayList<>();

	private final List<String> sqlTypes = new ArrayList<>();

	JunctionPayload(String association, Junction junction, Table table, EntityMapping mapping) {
		this.association = association;
		this.type = junction.model();
		this.mapping = mapping;
		RelationalPersistentEntity<?> entity = mapping.entity(this.type);
		for (RelationalPersistentProperty property : entity) {
			String column = property.getColumnName().getReference();
			boolean key = column.equals(junction.sourceColumn()) || column.equals(junction.targetColumn());
			if (property.isIdProperty() || key || !property.isWritable()) {
				continue;
			}
			if (!EntityMapping.isSingleValue(property) || property.isVersionProperty()) {
				throw new InvalidDataAccessApiUsageException(association + ": " + this.type.getSimpleName() + "."
						+ property.getName() + " is "
						+ (property.isVersionProperty() ? "a @Version" : "not a simple value")
						+ ", which the links of a junction model cannot carry; map a simple value of its own column");
			}
			table.column(column).ifPresent((definition) -> add(property, definition));
		}
	}

	/**
	 * Check that a payload is an instance of the junction model.
	 * @throws InvalidDataAccessApiUsageException when it is not
	 */
	void check(@Nullable Object payload) {
		if (!this.type.isInstance(payload)) {
			throw new InvalidDataAccessApiUsageException(
					this.association + ": the payload of a link is a " + this.type.getSimpleName() + ", not "
							+ ((payload != null) ? "a " + payload.getClass().getName() : "null"));
		}
	}

	private void add(RelationalPersistentProperty property, Column column) {
		this.properties.add(property);
		this.columns.add(PostgresIdentifiers.quote(column.name()));
		this.sqlTypes.add(castType(column.type()));
	}

	Class<?> type() {
		return this.type;
	}

	boolean isEmpty() {
		return this.properties.isEmpty();
	}

	/**
	 * Return the number of payload columns.
	 */
	int size() {
		return this.properties.size();
	}

	/**
	 * Return the quoted payload columns, each preceded by a comma.
	 */
	String columns() {
		StringBuilder columns = new StringBuilder();
		this.columns.forEach((column) -> columns.append(", ").append(column));
		return columns.toString();
	}

	/**
	 * Return the parameters of the payload values of one link, cast to their columns'
	 * types, each preceded by a comma.
	 * @param row the link's number among those the statement writes
	 */
	String values(int row) {
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < this.columns.size(); i++) {
			values.append(", CAST(:").append(parameter(row, i)).append(" AS ").append(this.sqlTypes.get(i)).append(')');
		}
		return values.toString();
	}

	/**
	 * Return the assignments of the payload columns from a row called {@code from}, such
	 * as {@code EXCLUDED}.
	 */
	String assignments(String from) {
		StringBuilder assignments = new StringBuilder();
		for (String column : this.columns) {
			assignments.append((assignments.length() > 0) ? ", " : "")
				.append(column)
				.append(" = ")
				.append(from)
				.append('.')
				.append(column);
		}
		return assignments.toString();
	}

	/**
	 * Add the values of a payload to the parameters of a statement.
	 * @param row the link's number among those the statement writes
	 * @throws InvalidDataAccessApiUsageException when the payload is not a junction model
	 */
	void bind(MapSqlParameterSource parameters, int row, Object payload) {
		check(payload);
		PersistentPropertyAccessor<Object> accessor = this.mapping.accessor(payload);
		JdbcConverter converter = this.mapping.converter();
		for (int i = 0; i < this.properties.size(); i++) {
			RelationalPersistentProperty property = this.properties.get(i);
			JdbcValue value = converter.writeJdbcValue(accessor.getProperty(property),
					converter.getColumnType(property), converter.getTargetSqlType(property));
			SQLType sqlType = value.getJdbcType();
			parameters.addValue(parameter(row, i), value.getValue(),
					(sqlType != null) ? sqlType.getVendorTypeNumber() : SqlParameterSource.TYPE_UNKNOWN);
		}
	}

	/**
	 * Return the type a value is cast to for a column: the column's type without its
	 * length, precision or scale ({@code varchar} for {@code varchar(80)}), so that the
	 * column itself refuses a value that does not fit, where the cast would cut it short.
	 */
	static String castType(String columnType) {
		return columnType.replaceAll("\\s*\\([^)]*\\)", "");
	}

	private static String parameter(int row, int column) {
		return "payload_" + row + "_" + column;
	}

}
