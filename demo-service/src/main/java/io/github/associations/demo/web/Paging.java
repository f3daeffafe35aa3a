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

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The page a list request asks for: {@code page} from 0 (default 0) and {@code size}
 * (default {@value #DEFAULT_SIZE}); a larger size than {@value #MAX_SIZE} is capped, not
 * rejected, so that one request can never load the whole table.
 */
final class Paging {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/**
	 * The parameter that caps the posts included per source, such as
	 * {@code ?include=posts&posts.limit=3}.
	 */
	static final String POSTS_LIMIT = "posts.limit";

	/**
	 * The parameter that caps the tags included per post, such as
	 * {@code ?include=tags&tags.limit=3}.
	 */
	static final String TAGS_LIMIT = "tags.limit";

	private Paging() {
	}

	static Pageable of(@Nullable String page, @Nullable String size) {
		int number = (page != null) ? Ids.parseInt("page", page, 0) : 0;
		int count = (size != null) ? Ids.parseInt("size", size, 1) : DEFAULT_SIZE;
		return PageRequest.of(number, Math.min(count, MAX_SIZE));
	}

	/**
	 * Return how many targets of a to-many include each source may have in a response
	 * (default {@value #DEFAULT_SIZE}, capped at {@value #MAX_SIZE}), so that no response
	 * is unbounded.
	 */
	static int perSource(String parameter, @Nullable String limit) {
		int count = (limit != null) ? Ids.parseInt(parameter, limit, 1) : DEFAULT_SIZE;
		return Math.min(count, MAX_SIZE);
	}

}
