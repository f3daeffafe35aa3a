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

import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/**
 * What makes two eager selects the same, so that one built for a request serves every
 * request of its shape with the request's own values.
 *
 * @param type the source type
 * @param criteria the criteria and the included associations, described
 * @param byIds whether the select is by ids
 * @param sort the order
 * @param limited whether the sources are limited
 * @param offset whether some sources are skipped without a limit
 * @param toMany what a to-many include's select selects by, or {@code null}
 */
record SelectShape(Class<?> type, String criteria, boolean byIds, Sort sort, boolean limited, boolean offset,
		@Nullable ToManySelection toMany) {

	/**
	 * Return what identifies a request's select, so that it can be built once and reused
	 * with other values; {@code null} when a criteria's SQL depends on its values.
	 */
	static @Nullable SelectShape of(EagerRequest request, boolean byIds, @Nullable ToManySelection toMany) {
		StringBuilder description = new StringBuilder();
		if (request.where() != null && !CriteriaShape.describe(request.where(), description)) {
			return null;
		}
		description.append('|');
		if (!describe(request.includes(), description)) {
			return null;
		}
		return new SelectShape(request.type(), description.toString(), byIds, request.sort(), request.limit() != null,
				request.limit() == null && request.offset() > 0, toMany);
	}

	private static boolean describe(Map<String, Include> includes, StringBuilder description) {
		for (String as : new TreeSet<>(includes.keySet())) {
			Include include = includes.get(as);
			description.append(as).append(include.isRequired() ? "!" : "?").append('{');
			if (include.criteria() != null && !CriteriaShape.describe(include.criteria(), description)) {
				return false;
			}
			description.append('|');
			if (!describe(include.includes(), description)) {
				return false;
			}
			description.append('}');
		}
		return true;
	}

}
