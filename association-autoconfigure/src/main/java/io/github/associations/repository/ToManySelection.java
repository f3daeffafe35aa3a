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

import java.util.List;

import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.schema.Junction;
import io.github.associations.sql.PostgresIdentifiers;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;

/**
 * What the select of a to-many include selects by: the targets whose foreign key holds
 * one of the sources' keys, in the include's order per source, and with a limit only the
 * first ones of each. One statement for any number of sources.
 *
 * @param association the association's name, for messages
 * @param keyColumn the foreign key column of the targets' table, or of the junction table
 * @param keyType the type of the sources' key
 * @param sort the order of each source's targets, by the targets' properties
 * @param limited whether the number of targets per source is limited, by a parameter of
 * each execution, so that one select serves every limit
 * @param junction the junction table that links sources and targets, or {@code null} when
 * the targets' table holds the foreign key
 */
record ToManySelection(String association, String keyColumn, Class<?> keyType, Sort sort, boolean limited,
		@Nullable Junction junction) {

	static final String LIMIT = "associations_limit";

	private static final String RANK = "\"associations_rank\"";

	/**
	 * Wrap a select of the targets, whose columns are selected as {@code c0}, {@code c1},
	 * ..., so that it orders them by source and in the include's order; with a limit, it
	 * ranks the targets of each source ({@code row_number()}) and keeps the first ones.
	 * Without one, a plain {@code ORDER BY} gives the same rows for less work on the
	 * server: no window and one sort instead of two.
	 * @param select the select of the targets
	 * @param key the selected column that holds each row's source key
	 * @param columns the selected columns of the targets' table
	 * @param linkColumns the selected columns of the junction, when a junction model maps
	 * them
	 * @param idColumn the targets' id column, which breaks ties
	 * @param entity the targets' entity, whose properties the sort names
	 * @param link the junction model's entity, whose properties the sort may name too, or
	 * {@code null}
	 * @return the ordered select
	 */
	String order(String select, ColumnRead key, List<ColumnRead> columns, List<ColumnRead> linkColumns, String idColumn,
			RelationalPersistentEntity<?> entity, @Nullable RelationalPersistentEntity<?> link) {
		String order = new TargetOrder(entity, idColumn, link).orderBy(this.sort, (column) -> alias(columns, column),
				(column) -> alias(linkColumns, column), this.association);
		String keyAlias = alias(key);
		if (!this.limited) {
			return "SELECT * FROM (" + select + ") AS \"q\" ORDER BY " + keyAlias + ", " + order;
		}
		return "SELECT * FROM (SELECT \"q\".*, row_number() OVER (PARTITION BY " + keyAlias + " ORDER BY " + order
				+ ") AS " + RANK + " FROM (" + select + ") AS \"q\") AS \"r\" WHERE " + RANK + " <= :" + LIMIT
				+ " ORDER BY " + keyAlias.substring("\"q\".".length()) + ", " + RANK;
	}

	private static String alias(List<ColumnRead> columns, String column) {
		return alias(columns.stream()
			.filter((candidate) -> candidate.name().equals(column))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(column + " is not selected")));
	}

	private static String alias(ColumnRead read) {
		return "\"q\"." + PostgresIdentifiers.quote("c" + (read.index() - 1));
	}

}
