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

import java.util.List;
import java.util.Map;

import io.github.associations.demo.domain.Tags;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tags of a post: replaced all at once, or added and taken off one by one, both
 * idempotent.
 */
@RestController
@RequestMapping("/posts/{id}/tags")
class PostTagsController {

	private final Tags tags;

	PostTagsController(Tags tags) {
		this.tags = tags;
	}

	@PutMapping
	List<Map<String, @Nullable Object>> set(@PathVariable("id") String idText,
			@RequestBody @Nullable List<@Nullable Long> tagIds) {
		long id = Ids.parseLong("id", idText);
		return this.tags.set(id, Ids.list("tags", tagIds)).stream().map(Views::tag).toList();
	}

	@PostMapping("/{tagId}")
	ResponseEntity<Void> link(@PathVariable("id") String idText, @PathVariable("tagId") String tagIdText) {
		this.tags.link(Ids.parseLong("id", idText), Ids.parseLong("tagId", tagIdText));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{tagId}")
	ResponseEntity<Void> unlink(@PathVariable("id") String idText, @PathVariable("tagId") String tagIdText) {
		this.tags.unlink(Ids.parseLong("id", idText), Ids.parseLong("tagId", tagIdText));
		return ResponseEntity.noContent().build();
	}

}
