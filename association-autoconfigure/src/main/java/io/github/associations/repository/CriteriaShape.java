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

import java.lang.reflect.Array;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.query.ValueFunction;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.data.util.Pair;

/**
 * Describes what of a criteria decides the SQL that Spring Data's {@code QueryMapper}
 * renders of it, and not its values: the columns, comparators, case, combinators and
 * groups, and for each value its type and, for collections, their size and element types.
 * Two criteria with the same description render the same SQL with the same parameter
 * names, so that a select rendered for one serves the other with its own values.
 */
final class CriteriaShape {

	private CriteriaShape() {
	}

	/**
	 * Describe a criteria.
	 * @param criteria the criteria
	 * @param description where to append the description
	 * @return whether the criteria can be described, {@code false} when a value's SQL
	 * depends on more than its type (a {@link ValueFunction}, an {@link Iterable} that is
	 * no collection)
	 */
	static boolean describe(CriteriaDefinition criteria, StringBuilder description) {
		if (criteria.hasPrevious() && !describe(criteria.getPrevious(), description)) {
			return false;
		}
		description.append(criteria.getCombinator()).append('(');
		if (criteria.isGroup()) {
			for (CriteriaDefinition member : criteria.getGroup()) {
				if (!describe(member, description)) {
					return false;
				}
			}
		}
		SqlIdentifier column = criteria.getColumn();
		if (column != null) {
			description.append(column)
				.append(' ')
				.append(criteria.getComparator())
				.append(criteria.isIgnoreCase() ? " ignoring case " : " ");
			if (!value(criteria.getValue(), description)) {
				return false;
			}
		}
		description.append(')');
		return true;
	}

	private static boolean value(@Nullable Object value, StringBuilder description) {
		if (value == null) {
			description.append("null");
		}
		else if (value instanceof ValueFunction<?>
				|| (value instanceof Iterable<?> && !(value instanceof Collection<?>))) {
			return false;
		}
		else if (value instanceof Collection<?> collection) {
			description.append('[').append(collection.size());
			for (Object element : collection) {
				description.append(',').append((element != null) ? element.getClass().getName() : "null");
			}
			description.append(']');
		}
		else if (value instanceof Pair<?, ?> pair) {
			description.append("Pair(");
			value(pair.getFirst(), description);
			description.append(',');
			value(pair.getSecond(), description);
			description.append(')');
		}
		else if (value instanceof JdbcValue jdbcValue) {
			description.append("JdbcValue(").append(jdbcValue.getJdbcType()).append(',');
			if (!value(jdbcValue.getValue(), description)) {
				return false;
			}
			description.append(')');
		}
		else {
			description.append(value.getClass().getName());
			if (value.getClass().isArray()) {
				description.append('[').append(Array.getLength(value)).append(']');
			}
		}
		return true;
	}

}
