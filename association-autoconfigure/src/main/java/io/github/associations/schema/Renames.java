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

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The renames the model definitions declare with {@code renamedFrom}: hints for the next
 * migration, which renames instead of dropping and creating. Kept beside the tables, not
 * in them, since the database holds only the new names.
 *
 * @param tables the previous name of renamed tables, by their new name (a table keeps its
 * schema)
 * @param columns the previous name of renamed columns, by their new name, by table
 */
public record Renames(Map<TableName, String> tables, Map<TableName, Map<String, String>> columns) {

	/**
	 * No renames.
	 */
	public static final Renames NONE = new Renames(Map.of(), Map.of());

	public Renames {
		tables = Map.copyOf(tables);
		Map<TableName, Map<String, String>> copied = new TreeMap<>();
		columns.forEach((table, renamed) -> copied.put(table, Map.copyOf(renamed)));
		columns = Map.copyOf(copied);
	}

	/**
	 * Return the previous name of a table.
	 * @param table the table's name
	 * @return the previous name, in the same schema, or {@code null} when it was not
	 * renamed
	 */
	public @Nullable TableName previousTable(TableName table) {
		String previous = this.tables.get(table);
		return (previous != null) ? new TableName(table.schema(), previous) : null;
	}

	/**
	 * Return the previous name of a column.
	 * @param table the column's table, by its new name
	 * @param column the column's name
	 * @return the previous name, or {@code null} when it was not renamed
	 */
	public @Nullable String previousColumn(TableName table, String column) {
		return this.columns.getOrDefault(table, Map.of()).get(column);
	}

}
