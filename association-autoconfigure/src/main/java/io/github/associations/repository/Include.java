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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.CriteriaDefinition;

/**
 * How an eager query includes an association: optional ({@code LEFT JOIN}, the default)
 * or required ({@code INNER JOIN}), with a filter on the target that is part of the join
 * condition, and with the target's own associations one level down. A to-many include
 * (hasMany) also takes the order and the number of targets per source.
 *
 * <pre class="code">
 * associations.load(Profile.class)
 *     .include("user", Include.required().include("passport"))
 *     .all();
 * associations.load(User.class)
 *     .include("posts", Include.optional().sort(Sort.by("id").descending()).limit(3))
 *     .all();
 * </pre>
 */
public final class Include {

	private final boolean required;

	private final @Nullable CriteriaDefinition where;

	private final Map<String, Include> includes;

	private final Sort sort;

	private final @Nullable Integer limit;

	private Include(boolean required, @Nullable CriteriaDefinition where, Map<String, Include> includes, Sort sort,
			@Nullable Integer limit) {
		this.required = required;
		this.where = where;
		this.includes = includes;
		this.sort = sort;
		this.limit = limit;
	}

	/**
	 * Include the association when the source has a target; sources without one are
	 * loaded too.
	 * @return the option
	 */
	public static Include optional() {
		return new Include(false, null, Map.of(), Sort.unsorted(), null);
	}

	/**
	 * Load only the sources that have a target.
	 * @return the option
	 */
	public static Include required() {
		return new Include(true, null, Map.of(), Sort.unsorted(), null);
	}

	/**
	 * Include only targets that match a filter, applied in the join condition: with an
	 * optional include, a source whose target does not match is loaded without it.
	 * @param criteria the filter, on the target's properties
	 * @return a new option with the filter
	 */
	public Include where(CriteriaDefinition criteria) {
		return new Include(this.required, criteria, this.includes, this.sort, this.limit);
	}

	/**
	 * Order the targets of a to-many include of each source; ties, and an unsorted
	 * include, are ordered by the target's id.
	 * @param sort the order, by the target's properties
	 * @return a new option with the order
	 */
	public Include sort(Sort sort) {
		return new Include(this.required, this.where, this.includes, sort, this.limit);
	}

	/**
	 * Include at most a number of targets of a to-many include per source, the first in
	 * its order: the three newest posts of every user, in one statement.
	 * @param limit the maximum number of targets per source
	 * @return a new option with the limit
	 */
	public Include limit(int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("The limit must not be negative, but is " + limit);
		}
		return new Include(this.required, this.where, this.includes, this.sort, limit);
	}

	/**
	 * Include an association of the target, optionally.
	 * @param as the association's name on the target
	 * @return a new option with the nested include
	 */
	public Include include(String as) {
		return include(as, optional());
	}

	/**
	 * Include an association of the target.
	 * @param as the association's name on the target
	 * @param include how to include it; its own includes are ignored
	 * @return a new option with the nested include
	 */
	public Include include(String as, Include include) {
		Map<String, Include> includes = new LinkedHashMap<>(this.includes);
		includes.put(as, new Include(include.required, include.where, Map.of(), include.sort, include.limit));
		return new Include(this.required, this.where, Collections.unmodifiableMap(includes), this.sort, this.limit);
	}

	boolean isRequired() {
		return this.required;
	}

	@Nullable CriteriaDefinition criteria() {
		return this.where;
	}

	Map<String, Include> includes() {
		return this.includes;
	}

	Sort order() {
		return this.sort;
	}

	@Nullable Integer perSourceLimit() {
		return this.limit;
	}

}
