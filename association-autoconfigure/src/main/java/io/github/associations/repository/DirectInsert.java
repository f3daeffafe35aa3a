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
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.jdbc.support.JdbcUtil;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The {@code INSERT} of new entities of one type with a foreign key column they do not
 * map, rendered once and run with each entity's values written by the application's
 * converter, as Spring Data JDBC writes them.
 * <p>
 * Spring Data renders its {@code INSERT} again and builds its parameters through its
 * generic machinery on every call, which took a quarter of the time of creating a user
 * with a profile. This insert covers entities whose properties are all simple values,
 * with an id the database generates (returned by {@code RETURNING} of its column) or the
 * entity holds; it writes values as Spring Data's {@code SqlParametersFactory#forInsert}
 * does: compare them at every upgrade of Spring Data JDBC. Immutable: one insert serves
 * any number of calls, also at the same time.
 */
final class DirectInsert {

	private static final String EXTRA_COLUMN = "associations_column";

	private final RelationalPersistentEntity<?> entity;

	private final JdbcConverter converter;

	private final String sql;

	private final List<RelationalPersistentProperty> properties;

	private final Class<?> columnType;

	private final @Nullable String keyColumn;

	private DirectInsert(RelationalPersistentEntity<?> entity, JdbcConverter converter, String sql,
			List<RelationalPersistentProperty> properties, Class<?> columnType, @Nullable String keyColumn) {
		this.entity = entity;
		this.converter = converter;
		this.sql = sql;
		this.properties = properties;
		this.columnType = columnType;
		this.keyColumn = keyColumn;
	}

	/**
	 * Return the insert of an entity type with a column, or {@code null} when a property
	 * of the entity is not a simple value, which leaves the insert to Spring Data.
	 * @param mapping the mapping
	 * @param dialect the application's dialect
	 * @param type the entity's type
	 * @param column the name of the column the entity does not map
	 * @param columnType the Java type of the column's values
	 * @param generatedId whether the database generates the id, else the entity holds it
	 * @return the insert, or {@code null}
	 */
	static @Nullable DirectInsert of(EntityMapping mapping, Dialect dialect, Class<?> type, String column,
			Class<?> columnType, boolean generatedId) {
		RelationalPersistentEntity<?> entity = mapping.entity(type);
		RelationalPersistentProperty id = entity.getIdProperty();
		if (id == null) {
			return null;
		}
		List<RelationalPersistentProperty> properties = new ArrayList<>();
		for (RelationalPersistentProperty property : entity) {
			if (property.isIdProperty() && !generatedId && !property.isWritable()) {
				return null;
			}
			if ((property.isIdProperty() && generatedId) || !property.isWritable()) {
				continue;
			}
			if (!EntityMapping.isSingleValue(property) || property.getColumnName().getReference().equals(column)) {
				return null;
			}
			properties.add(property);
		}
		StringBuilder columns = new StringBuilder();
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < properties.size(); i++) {
			columns.append(quoted(properties.get(i).getColumnName(), dialect)).append(", ");
			values.append(":p").append(i).append(", ");
		}
		columns.append(quoted(SqlIdentifier.quoted(column), dialect));
		values.append(':').append(EXTRA_COLUMN);
		String sql = "INSERT INTO " + entity.getQualifiedTableName().toSql(dialect.getIdentifierProcessing()) + " ("
				+ columns + ") VALUES (" + values + ")";
		String keyColumn = generatedId ? id.getColumnName().getReference() : null;
		return new DirectInsert(entity, mapping.converter(), sql, List.copyOf(properties), columnType, keyColumn);
	}

	private static String quoted(SqlIdentifier identifier, Dialect dialect) {
		return identifier.toSql(dialect.getIdentifierProcessing());
	}

	String sql() {
		return this.sql;
	}

	/**
	 * Insert entities, each with the column's value: one statement for one entity, one
	 * batch for several.
	 * @param jdbc the JDBC operations
	 * @param entities the entities, ready to insert
	 * @param value the column's value
	 * @return the generated ids, in the order of the entities, or {@code null} when the
	 * entities hold their ids
	 */
	@Nullable Object @Nullable [] insert(NamedParameterJdbcOperations jdbc, List<?> entities, Object value) {
		MapSqlParameterSource[] parameters = new MapSqlParameterSource[entities.size()];
		for (int i = 0; i < parameters.length; i++) {
			parameters[i] = parameters(entities.get(i), value);
		}
		if (this.keyColumn == null) {
			if (parameters.length == 1) {
				jdbc.update(this.sql, parameters[0]);
			}
			else {
				jdbc.batchUpdate(this.sql, parameters);
			}
			return null;
		}
		KeyHolder keys = new GeneratedKeyHolder();
		String[] keyColumns = { this.keyColumn };
		if (parameters.length == 1) {
			jdbc.update(this.sql, parameters[0], keys, keyColumns);
		}
		else {
			jdbc.batchUpdate(this.sql, parameters, keys, keyColumns);
		}
		List<Map<String, Object>> rows = keys.getKeyList();
		@Nullable Object[] ids = new Object[entities.size()];
		for (int i = 0; i < ids.length && i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			ids[i] = (row.size() == 1) ? row.values().iterator().next() : row.get(this.keyColumn);
		}
		return ids;
	}

	@SuppressWarnings("unchecked")
	private MapSqlParameterSource parameters(Object entity, Object value) {
		PersistentPropertyAccessor<Object> accessor = ((RelationalPersistentEntity<Object>) this.entity)
			.getPropertyAccessor(entity);
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		for (int i = 0; i < this.properties.size(); i++) {
			RelationalPersistentProperty property = this.properties.get(i);
			add(parameters, "p" + i, this.converter.writeJdbcValue(accessor.getProperty(property),
					this.converter.getColumnType(property), this.converter.getTargetSqlType(property)));
		}
		add(parameters, EXTRA_COLUMN,
				this.converter.writeJdbcValue(value, this.columnType, JdbcUtil.targetSqlTypeFor(this.columnType)));
		return parameters;
	}

	private static void add(MapSqlParameterSource parameters, String name, JdbcValue value) {
		SQLType type = value.getJdbcType();
		parameters.addValue(name, value.getValue(),
				(type != null) ? type.getVendorTypeNumber() : SqlParameterSource.TYPE_UNKNOWN);
	}

}
