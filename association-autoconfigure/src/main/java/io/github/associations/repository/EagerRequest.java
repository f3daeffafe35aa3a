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

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.CriteriaDefinition;

/**
 * What an {@link EagerQuery} asks for: the sources, the associations to include, and the
 * filter, order, limit and offset of the sources.
 *
 * @param type the source type
 * @param includes the included associations, by name
 * @param where the filter of the sources, or {@code null}
 * @param sort the order of the sources
 * @param limit the maximum number of sources, or {@code null}
 * @param offset the number of sources to skip
 */
record EagerRequest(Class<?> type, Map<String, Include> includes, @Nullable CriteriaDefinition where, Sort sort,
		@Nullable Long limit, long offset) {

}
