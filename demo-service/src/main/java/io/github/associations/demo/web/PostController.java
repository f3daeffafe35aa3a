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
import io.github.associations.repository.Loaded;
import io.github.associations.demo.domain.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts, with their author and their tags when asked.
 */
@RestController
@RequestMapping("/posts")
class PostController {

	private static final Set<String> INCLUDES = Set.of("author", "tags");

	private final Posts posts;

	PostController(Posts posts) {
		this.posts = posts;
	}

	@GetMapping
	PagedModel<Map<String, @Nullable Object>> all(@RequestParam(required = false) @Nullable String include,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(name = Paging.TAGS_LIMIT, required = false) @Nullable String tagsLimit) {
		Set<String> includes = Includes.parse(include, INCLUDES);
		Page<Loaded<Post>> posts = this.posts.posts(includes, Paging.of(page, size),
				Paging.perSource(Paging.TAGS_LIMIT, tagsLimit));
		return new PagedModel<>(posts.map((post) -> Views.post(post, includes)));
	}

	@GetMapping("/{id}")
	Map<String, @Nullable Object> one(@PathVariable("id") String idText,
			@RequestParam(required = false) @Nullable String include,
			@RequestParam(name = Paging.TAGS_LIMIT, required = false) @Nullable String tagsLimit) {
		long id = Ids.parseLong("id", idText);
		Set<String> includes = Includes.parse(include, INCLUDES);
		return Views.post(this.posts.post(id, includes, Paging.perSource(Paging.TAGS_LIMIT, tagsLimit)), includes);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") String idText) {
		this.posts.delete(Ids.parseLong("id", idText));
		return ResponseEntity.noContent().build();
	}

}
