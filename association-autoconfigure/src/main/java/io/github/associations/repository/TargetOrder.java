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

import java.util.function.UnaryOperator;

import io.github.associations.sql.PostgresIdentifiers;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Turns a {@link Sort} of targets by their properties into an {@code ORDER BY} of their
 * table's columns, with the id last so that the order is total: for the repositories'
 * reads and for the selects of to-many includes.
 */
final class TargetOrder {

	private final RelationalPersistentEntity<?> entity;

	private final String idColumn;

	private final @Nullable RelationalPersistentEntity<?> link;

	TargetOrder(RelationalPersistentEntity<?> entity, String idColumn) {
		this(entity, idColumn, null);
	}

	/**
	 * Order the targets of a belongsToMany by their properties, or by those of its
	 * junction model.
	 * @param entity the targets' entity
	 * @param idColumn the targets' id column
	 * @param link the junction model's entity, or {@code null}
	 */
	TargetOrder(RelationalPersistentEntity<?> entity, String idColumn, @Nullable RelationalPersistentEntity<?> link) {
		this.entity = entity;
		this.idColumn = idColumn;
		this.link = link;
	}

	/**
	 * Return the columns to order by, without {@code ORDER BY}.
	 * @param sort the order, by the target's properties
	 * @param association the association, for messages
	 * @throws InvalidDataAccessApiUsageException when a property maps no column
	 */
	String orderBy(Sort sort, String association) {
		return orderBy(sort, PostgresIdentifiers::quote, association);
	}

	/**
	 * Return the expressions to order by, without {@code ORDER BY}.
	 * @param sort the order, by the target's properties
	 * @param columns what each column is called in the statement
	 * @param association the association, for messages
	 * @throws InvalidDataAccessApiUsageException when a property maps no column
	 */
	String orderBy(Sort sort, UnaryOperator<String> columns, String association) {
		return orderBy(sort, columns, columns, association);
	}

	/**
	 * Return the expressions to order by, without {@code ORDER BY}, of the targets'
	 * properties, else of the junction model's.
	 * @param sort the order, by the target's properties or the junction model's
	 * @param columns what each column of the targets is called in the statement
	 * @param linkColumns what each column of the junction is called in the statement
	 * @param association the association, for messages
	 * @throws InvalidDataAccessApiUsageException when a property maps no column
	 */
	String orderBy(Sort sort, UnaryOperator<String> columns, UnaryOperator<String> linkColumns, String association) {
		StringBuilder orderBy = new StringBuilder();
		for (Sort.Order order : sort) {
			RelationalPersistentProperty property = this.entity.getPersistentProperty(order.getProperty());
			UnaryOperator<String> named = columns;
			if (property == null && this.link != null) {
				property = this.link.getPersistentProperty(order.getProperty());
				named = linkColumns;
			}
			if (property == null || property.isEntity() || property.isEmbedded()) {
				throw new InvalidDataAccessApiUsageException(association + ": cannot sort by '" + order.getProperty()
						+ "', which is no column of " + this.entity.getType().getSimpleName()
						+ ((this.link != null) ? " or " + this.link.getType().getSimpleName() : ""));
			}
			if (order.isIgnoreCase()) {
				throw new InvalidDataAccessApiUsageException(association + ": cannot sort by '" + order.getProperty()
						+ "' ignoring case; sort by the column as it is");
			}
			orderBy.append(named.apply(property.getColumnName().getReference()))
				.append(order.isAscending() ? " ASC" : " DESC")
				.append(nulls(order.getNullHandling()))
				.append(", ");
		}
		return orderBy.append(columns.apply(this.idColumn)).toString();
	}

	private static String nulls(Sort.NullHandling handling) {
		return switch (handling) {
			case NULLS_FIRST -> " NULLS FIRST";
			case NULLS_LAST -> " NULLS LAST";
			case NATIVE -> "";
		};
	}

}
