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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLType;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.jdbc.support.JdbcUtil;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.support.JdbcUtils;

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
 * does: compare them at every upgrade of Spring Data JDBC. What does not depend on the
 * entity is resolved once: the statement with its {@code ?} parameters, each column's
 * type for the converter and its SQL type. Each call converts the values, binds them as
 * Spring's {@link StatementCreatorUtils} does for any template, and reads the generated
 * ids from the statement. Immutable: one insert serves any number of calls, also at the
 * same time.
 */
final class DirectInsert {

	private final RelationalPersistentEntity<?> entity;

	private final JdbcConverter converter;

	private final String sql;

	private final List<RelationalPersistentProperty> properties;

	private final TypeInformation<?>[] columnTypes;

	private final SQLType[] sqlTypes;

	/**
	 * The generated id's column, as the driver is asked for it (it only reads the array),
	 * or {@code null} when the entities hold their ids.
	 */
	private final String @Nullable [] keyColumns;

	private final Creator creator = new Creator();

	private DirectInsert(RelationalPersistentEntity<?> entity, JdbcConverter converter, String sql,
			List<RelationalPersistentProperty> properties, Class<?> columnType, @Nullable String keyColumn) {
		this.entity = entity;
		this.converter = converter;
		this.sql = sql;
		this.properties = properties;
		int count = properties.size();
		this.columnTypes = new TypeInformation<?>[count + 1];
		this.sqlTypes = new SQLType[count + 1];
		for (int i = 0; i < count; i++) {
			this.columnTypes[i] = TypeInformation.of(converter.getColumnType(properties.get(i)));
			this.sqlTypes[i] = converter.getTargetSqlType(properties.get(i));
		}
		this.columnTypes[count] = TypeInformation.of(columnType);
		this.sqlTypes[count] = JdbcUtil.targetSqlTypeFor(columnType);
		this.keyColumns = (keyColumn != null) ? new String[] { keyColumn } : null;
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
		for (RelationalPersistentProperty property : properties) {
			columns.append(quoted(property.getColumnName(), dialect)).append(", ");
			values.append("?, ");
		}
		columns.append(quoted(SqlIdentifier.quoted(column), dialect));
		values.append('?');
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
		List<JdbcValue[]> rows = new ArrayList<>(entities.size());
		for (Object entity : entities) {
			rows.add(values(entity, value));
		}
		return jdbc.getJdbcOperations().execute(this.creator, (PreparedStatement statement) -> {
			if (rows.size() == 1) {
				bind(statement, rows.get(0));
				statement.executeUpdate();
			}
			else {
				for (JdbcValue[] row : rows) {
					bind(statement, row);
					statement.addBatch();
				}
				statement.executeBatch();
			}
			return (this.keyColumns != null) ? generatedIds(statement, rows.size()) : null;
		});
	}

	/**
	 * Prepares the statement, asking for the generated id where there is one, and names
	 * its SQL to the template's logs and translated exceptions.
	 */
	private final class Creator implements PreparedStatementCreator, SqlProvider {

		@Override
		public PreparedStatement createPreparedStatement(Connection connection) throws SQLException {
			String[] keyColumns = DirectInsert.this.keyColumns;
			return (keyColumns != null) ? connection.prepareStatement(DirectInsert.this.sql, keyColumns)
					: connection.prepareStatement(DirectInsert.this.sql);
		}

		@Override
		public String getSql() {
			return DirectInsert.this.sql;
		}

	}

	@SuppressWarnings("unchecked")
	private JdbcValue[] values(Object entity, Object value) {
		PersistentPropertyAccessor<Object> accessor = ((RelationalPersistentEntity<Object>) this.entity)
			.getPropertyAccessor(entity);
		int count = this.properties.size();
		JdbcValue[] values = new JdbcValue[count + 1];
		for (int i = 0; i < count; i++) {
			values[i] = this.converter.writeJdbcValue(accessor.getProperty(this.properties.get(i)), this.columnTypes[i],
					this.sqlTypes[i]);
		}
		values[count] = this.converter.writeJdbcValue(value, this.columnTypes[count], this.sqlTypes[count]);
		return values;
	}

	private static void bind(PreparedStatement statement, JdbcValue[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			SQLType type = values[i].getJdbcType();
			StatementCreatorUtils.setParameterValue(statement, i + 1,
					(type != null) ? type.getVendorTypeNumber() : SqlTypeValue.TYPE_UNKNOWN, values[i].getValue());
		}
	}

	/**
	 * Read the ids the database generated, in the order of the rows inserted, as Spring's
	 * key holders read them.
	 */
	private static @Nullable Object[] generatedIds(PreparedStatement statement, int count) throws SQLException {
		@Nullable Object[] ids = new Object[count];
		try (ResultSet keys = statement.getGeneratedKeys()) {
			for (int i = 0; i < count && keys != null && keys.next(); i++) {
				ids[i] = JdbcUtils.getResultSetValue(keys, 1);
			}
		}
		return ids;
	}

}
