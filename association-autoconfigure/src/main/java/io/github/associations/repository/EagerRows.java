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

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.support.JdbcUtils;

/**
 * Reads the rows of an {@link EagerSelect} into loaded entities: each entity from its own
 * columns, {@link DirectRead directly} where its properties allow it and by the
 * application's converter otherwise, and an included target only where the row has its
 * id. Safe to share: one reader serves any number of executions, also at the same time.
 */
final class EagerRows {

	/**
	 * Column types whose own getter returns what {@code getObject} returns.
	 */
	private static final Map<String, Class<?>> READ_TYPES = Map.ofEntries(Map.entry("bigint", Long.class),
			Map.entry("int8", Long.class), Map.entry("integer", Integer.class), Map.entry("int", Integer.class),
			Map.entry("int4", Integer.class), Map.entry("text", String.class), Map.entry("varchar", String.class),
			Map.entry("character varying", String.class), Map.entry("boolean", Boolean.class),
			Map.entry("bool", Boolean.class), Map.entry("numeric", BigDecimal.class),
			Map.entry("decimal", BigDecimal.class), Map.entry("double precision", Double.class),
			Map.entry("float8", Double.class));

	private final Layout root;

	EagerRows(Layout root) {
		this.root = root;
	}

	/**
	 * Read the current row into the root entity and its included targets.
	 */
	Loaded<?> read(ResultSet row, EntityReader.Reads reader) throws SQLException {
		if (!(read(row, this.root, reader) instanceof Loaded<?> loaded)) {
			throw new IllegalStateException("The root entity of an eager query has no id");
		}
		return loaded;
	}

	/**
	 * Return whether the rows join targets to their root entity, so that a root entity
	 * could be on several rows.
	 */
	boolean joinsTargets() {
		return !this.root.children().isEmpty();
	}

	/**
	 * Read an entity of the row with its targets: a {@link Loaded}, or the entity alone
	 * where its layout is {@link Layout#bare() bare}; {@code null} when the row has none.
	 */
	private static @Nullable Object read(ResultSet row, Layout layout, EntityReader.Reads reader) throws SQLException {
		ColumnRead id = layout.id();
		Object idValue = id.read(row);
		if (idValue == null) {
			return null;
		}
		List<ColumnRead> columns = layout.columns();
		@Nullable Object[] values = new Object[columns.size()];
		for (int i = 0; i < values.length; i++) {
			ColumnRead column = columns.get(i);
			values[i] = (column == id) ? idValue : column.read(row);
		}
		Object entity = reader.read(layout.type(), layout.direct(), columns, values);
		if (layout.bare()) {
			return entity;
		}
		return new Loaded<>(entity, idValue, targets(row, layout, reader), layout.included());
	}

	/**
	 * Return the included targets on the row, as {@link Loaded#Loaded} takes them.
	 */
	private static @Nullable Object targets(ResultSet row, Layout layout, EntityReader.Reads reader)
			throws SQLException {
		List<Child> children = layout.children();
		if (children.size() <= 1) {
			return children.isEmpty() ? null : read(row, children.get(0).layout(), reader);
		}
		Map<String, Object> targets = null;
		for (Child child : children) {
			Object target = read(row, child.layout(), reader);
			if (target != null) {
				if (targets == null) {
					targets = new HashMap<>(children.size() * 2);
				}
				targets.put(child.as(), target);
			}
		}
		return targets;
	}

	/**
	 * Return the Java type the driver returns for a column type, read with its own getter
	 * instead of the slower {@code getObject}, or {@code null} to use {@code getObject}.
	 */
	static @Nullable Class<?> readType(String sqlType) {
		String type = sqlType.toLowerCase(Locale.ROOT);
		int parenthesis = type.indexOf('(');
		return READ_TYPES.get((parenthesis < 0) ? type : type.substring(0, parenthesis).trim());
	}

	/**
	 * Where an entity of the select is in its rows.
	 *
	 * @param type the entity's type
	 * @param columns the entity's columns
	 * @param id the column of its id, one of the columns
	 * @param children the layouts of its included targets
	 * @param included the types of its included associations, by name
	 * @param direct how to read the entity without the converter's row document, or
	 * {@code null} to leave it to the converter
	 * @param bare whether the entity is read alone, without a {@link Loaded}: an included
	 * target without includes of its own, which its source wraps only when asked for it
	 */
	record Layout(Class<?> type, List<ColumnRead> columns, ColumnRead id, List<Child> children,
			Map<String, Class<?>> included, @Nullable DirectRead direct, boolean bare) {

	}

	/**
	 * The layout of an included target.
	 *
	 * @param as the association's name
	 * @param layout where the target is in the rows
	 */
	record Child(String as, Layout layout) {

	}

	/**
	 * A column of the select: its name in the entity's row, its position in the result,
	 * and the type to read it as.
	 *
	 * @param name the column's name
	 * @param index its position, from 1
	 * @param type the type its getter returns, or {@code null} for {@code getObject}
	 */
	record ColumnRead(String name, int index, @Nullable Class<?> type) {

		@Nullable Object read(ResultSet row) throws SQLException {
			return JdbcUtils.getResultSetValue(row, this.index, this.type);
		}

	}

}
