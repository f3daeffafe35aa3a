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

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.query.CriteriaDefinition;

/**
 * How an eager query includes an association: optional ({@code LEFT JOIN}, the default)
 * or required ({@code INNER JOIN}), with a filter on the target that is part of the join
 * condition, and with the target's own associations one level down.
 *
 * <pre class="code">
 * associations.load(Profile.class)
 *     .include("user", Include.required().include("passport"))
 *     .all();
 * </pre>
 */
public final class Include {

	private final boolean required;

	private final @Nullable CriteriaDefinition where;

	private final Map<String, Include> includes;

	private Include(boolean required, @Nullable CriteriaDefinition where, Map<String, Include> includes) {
		this.required = required;
		this.where = where;
		this.includes = includes;
	}

	/**
	 * Include the association when the source has a target; sources without one are
	 * loaded too.
	 * @return the option
	 */
	public static Include optional() {
		return new Include(false, null, Map.of());
	}

	/**
	 * Load only the sources that have a target.
	 * @return the option
	 */
	public static Include required() {
		return new Include(true, null, Map.of());
	}

	/**
	 * Include only targets that match a filter, applied in the join condition: with an
	 * optional include, a source whose target does not match is loaded without it.
	 * @param criteria the filter, on the target's properties
	 * @return a new option with the filter
	 */
	public Include where(CriteriaDefinition criteria) {
		return new Include(this.required, criteria, this.includes);
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
		includes.put(as, new Include(include.required, include.where, Map.of()));
		return new Include(this.required, this.where, Map.copyOf(includes));
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

}
