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

import java.net.URI;
import java.util.Map;
import java.util.Set;

import io.github.associations.demo.domain.Tag;
import io.github.associations.demo.domain.Tags;
import io.github.associations.demo.web.Requests.NewTag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Tags, with their posts when asked.
 */
@RestController
@RequestMapping("/tags")
class TagController {

	private static final Set<String> INCLUDES = Set.of("posts");

	private final Tags tags;

	TagController(Tags tags) {
		this.tags = tags;
	}

	@PostMapping
	ResponseEntity<Map<String, @Nullable Object>> create(@Valid @RequestBody NewTag request) {
		Tag tag = this.tags.create(request.name());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(tag.id()).toUri();
		return ResponseEntity.created(location).body(Views.tag(tag));
	}

	@GetMapping("/{id}")
	Map<String, @Nullable Object> one(@PathVariable("id") String idText,
			@RequestParam(required = false) @Nullable String include,
			@RequestParam(name = Paging.POSTS_LIMIT, required = false) @Nullable String postsLimit) {
		long id = Ids.parseLong("id", idText);
		Set<String> includes = Includes.parse(include, INCLUDES);
		return Views.tag(this.tags.tag(id, includes, Paging.perSource(Paging.POSTS_LIMIT, postsLimit)), includes);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") String idText) {
		this.tags.delete(Ids.parseLong("id", idText));
		return ResponseEntity.noContent().build();
	}

}
