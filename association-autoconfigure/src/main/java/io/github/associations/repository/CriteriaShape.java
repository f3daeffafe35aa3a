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

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.query.ValueFunction;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.data.util.Pair;

/**
 * Describes what of a criteria decides the SQL that Spring Data's {@code QueryMapper}
 * renders of it, and not its values: the columns, comparators, case, combinators and
 * groups, and the type of each value. Two criteria with the same description render the
 * same SQL with the same parameter names, so that a select rendered for one serves the
 * other with its own values. Criteria whose SQL depends on more than that are not
 * described: a collection (one parameter per element), a {@link ValueFunction}, and,
 * ignoring case, a value of a type of the application's own, such as an embedded value
 * whose {@code null} properties are compared without {@code UPPER}.
 */
final class CriteriaShape {

	private CriteriaShape() {
	}

	/**
	 * Describe a criteria.
	 * @param criteria the criteria
	 * @param description where to append the description
	 * @return whether the criteria can be described
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
			if (!value(criteria.getValue(), criteria.isIgnoreCase(), description)) {
				return false;
			}
		}
		description.append(')');
		return true;
	}

	private static boolean value(@Nullable Object value, boolean ignoreCase, StringBuilder description) {
		if (value == null) {
			description.append("null");
			return true;
		}
		if (value instanceof ValueFunction<?> || value instanceof Iterable<?> || value.getClass().isArray()
				|| (ignoreCase && !isJavaValue(value))) {
			return false;
		}
		if (value instanceof Pair<?, ?> pair) {
			description.append("Pair(");
			boolean described = value(pair.getFirst(), ignoreCase, description);
			description.append(',');
			described = described && value(pair.getSecond(), ignoreCase, description);
			description.append(')');
			return described;
		}
		if (value instanceof JdbcValue jdbcValue) {
			description.append("JdbcValue(").append(jdbcValue.getJdbcType()).append(',');
			boolean described = value(jdbcValue.getValue(), ignoreCase, description);
			description.append(')');
			return described;
		}
		description.append(value.getClass().getName());
		return true;
	}

	/**
	 * Return whether a value is of a type of the Java platform, mapped to one column.
	 */
	private static boolean isJavaValue(Object value) {
		return value.getClass().getName().startsWith("java.") || value instanceof Enum<?> || value instanceof Pair<?, ?>
				|| value instanceof JdbcValue;
	}

}
