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
import java.util.List;
import java.util.Map;

import io.github.associations.demo.domain.Post;
import io.github.associations.demo.domain.Posts;
import io.github.associations.demo.web.Requests.NewPost;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The posts of a user: written, listed newest first, replaced as a whole, unlinked.
 */
@RestController
@RequestMapping("/users/{id}/posts")
class UserPostsController {

	private final Posts posts;

	UserPostsController(Posts posts) {
		this.posts = posts;
	}

	@PostMapping
	ResponseEntity<Map<String, @Nullable Object>> write(@PathVariable("id") String idText,
			@Valid @RequestBody NewPost request) {
		long id = Ids.parseLong("id", idText);
		Post post = this.posts.write(id, request.title(), request.body());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/posts/{id}")
			.buildAndExpand(post.id())
			.toUri();
		return ResponseEntity.created(location).body(Views.post(post));
	}

	@GetMapping
	PagedModel<Map<String, @Nullable Object>> all(@PathVariable("id") String idText,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		long id = Ids.parseLong("id", idText);
		Page<Post> posts = this.posts.of(id, Paging.of(page, size));
		return new PagedModel<>(posts.map(Views::post));
	}

	@PutMapping
	List<Map<String, @Nullable Object>> set(@PathVariable("id") String idText,
			@RequestBody @Nullable List<@Nullable Long> postIds) {
		long id = Ids.parseLong("id", idText);
		return this.posts.set(id, Ids.list("posts", postIds)).stream().map(Views::post).toList();
	}

	@DeleteMapping("/{postId}")
	ResponseEntity<Void> unlink(@PathVariable("id") String idText, @PathVariable("postId") String postIdText) {
		this.posts.unlink(Ids.parseLong("id", idText), Ids.parseLong("postId", postIdText));
		return ResponseEntity.noContent().build();
	}

}
