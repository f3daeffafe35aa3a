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

import java.util.Map;
import java.util.Set;

import io.github.associations.demo.domain.Posts;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts, with their author when asked.
 */
@RestController
@RequestMapping("/posts")
class PostController {

	private static final Set<String> INCLUDES = Set.of("author");

	private final Posts posts;

	PostController(Posts posts) {
		this.posts = posts;
	}

	@GetMapping("/{id}")
	Map<String, @Nullable Object> one(@PathVariable("id") String idText,
			@RequestParam(required = false) @Nullable String include) {
		long id = Ids.parseLong("id", idText);
		Set<String> includes = Includes.parse(include, INCLUDES);
		return Views.post(this.posts.post(id, includes), includes);
	}

}
