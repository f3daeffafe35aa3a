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

package io.github.associations.demo.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code include} query parameter, such as {@code ?include=profile,passport}.
 */
final class Includes {

	private Includes() {
	}

	static Set<String> parse(@Nullable String include, Set<String> allowed) {
		Set<String> includes = new LinkedHashSet<>();
		if (include == null || include.isBlank()) {
			return includes;
		}
		for (String name : include.split(",")) {
			String trimmed = name.trim();
			if (!allowed.contains(trimmed)) {
				throw new BadRequestException("include",
						"cannot include '" + trimmed + "'; use " + String.join(" or ", new TreeSet<>(allowed)));
			}
			includes.add(trimmed);
		}
		return includes;
	}

}
