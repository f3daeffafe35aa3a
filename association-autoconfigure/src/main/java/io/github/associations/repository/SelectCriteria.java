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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.core.convert.QueryMapper;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.sql.Condition;
import org.springframework.data.relational.core.sql.Table;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The criteria of an eager select: mapped by Spring Data's {@link QueryMapper} while the
 * select is built, in the order the select uses them, and mapped again in that order for
 * every later request of the same shape, so that each binds its own values under the
 * names the select's SQL binds.
 */
final class SelectCriteria {

	private final EntityMapping mapping;

	private final QueryMapper queryMapper;

	private final List<Use> uses = new ArrayList<>();

	private @Nullable MapSqlParameterSource building = new MapSqlParameterSource();

	private String @Nullable [] names;

	SelectCriteria(EntityMapping mapping) {
		this.mapping = mapping;
		this.queryMapper = new QueryMapper(mapping.converter());
	}

	QueryMapper queryMapper() {
		return this.queryMapper;
	}

	/**
	 * Map criteria while the select is built.
	 * @param path the names of the included associations from the request's type to the
	 * entity the criteria filter, empty for the request's own criteria
	 * @param type the entity the criteria filter
	 * @param table the table they filter
	 * @param criteria the criteria
	 * @return the condition
	 */
	Condition map(List<String> path, Class<?> type, Table table, CriteriaDefinition criteria) {
		this.uses.add(new Use(path, type, table));
		return this.queryMapper.getMappedObject(Objects.requireNonNull(this.building, "built already"), criteria, table,
				this.mapping.entity(type));
	}

	/**
	 * End the build: return the values of the request the select was built for, and keep
	 * only the names they are bound under.
	 * @return the parameters of the first request
	 */
	MapSqlParameterSource built() {
		MapSqlParameterSource parameters = Objects.requireNonNull(this.building, "built already");
		this.names = parameters.getParameterNames();
		this.building = null;
		return parameters;
	}

	/**
	 * Return the values of a later request's criteria, mapped as when the select was
	 * built.
	 * @param request a request of the shape the select was built for
	 * @return new parameters, or {@code null} when the request's criteria bind other
	 * names than the select's, which then does not serve it
	 */
	@Nullable MapSqlParameterSource bind(EagerRequest request) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		for (Use use : this.uses) {
			this.queryMapper.getMappedObject(parameters, use.criteria(request), use.table(),
					this.mapping.entity(use.type()));
		}
		return Arrays.equals(parameters.getParameterNames(), Objects.requireNonNull(this.names, "not built yet"))
				? parameters : null;
	}

	/**
	 * Criteria the select maps: of the request when the path is empty, else of the
	 * include at the end of the path of included associations' names.
	 */
	private record Use(List<String> path, Class<?> type, Table table) {

		CriteriaDefinition criteria(EagerRequest request) {
			if (this.path.isEmpty()) {
				return Objects.requireNonNull(request.where());
			}
			Include include = Objects.requireNonNull(request.includes().get(this.path.get(0)));
			for (String as : this.path.subList(1, this.path.size())) {
				include = Objects.requireNonNull(include.includes().get(as));
			}
			return Objects.requireNonNull(include.criteria());
		}

	}

}
