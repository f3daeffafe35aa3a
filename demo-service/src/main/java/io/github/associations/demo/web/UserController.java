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
import java.util.Set;

import io.github.associations.demo.domain.Accounts;
import io.github.associations.demo.domain.Profile;
import io.github.associations.demo.domain.User;
import io.github.associations.demo.web.Requests.NewPassport;
import io.github.associations.demo.web.Requests.NewUser;
import io.github.associations.demo.web.Requests.ProfileLink;
import io.github.associations.repository.Linked;
import io.github.associations.repository.Loaded;
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
 * Users, their profile, their passport, and their posts when listed with them.
 */
@RestController
@RequestMapping("/users")
class UserController {

	private static final Set<String> INCLUDES = Set.of("profile", "passport", "posts");

	private final Accounts accounts;

	UserController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<Map<String, @Nullable Object>> create(@Valid @RequestBody NewUser request) {
		Profile profile = (request.profile() != null) ? new Profile(null, request.profile().bio(), null) : null;
		Linked<User, Profile> created = this.accounts.register(new User(null, request.username()), profile);
		Map<String, @Nullable Object> body = Views.user(created.source());
		if (created.target() != null) {
			body.put("profile", Views.profile(created.target()));
		}
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(created.source().id())
			.toUri();
		return ResponseEntity.created(location).body(body);
	}

	@GetMapping
	PagedModel<Map<String, @Nullable Object>> all(@RequestParam(required = false) @Nullable String include,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(name = Paging.POSTS_LIMIT, required = false) @Nullable String postsLimit) {
		Set<String> includes = Includes.parse(include, INCLUDES);
		Page<Loaded<User>> users = this.accounts.users(includes, Paging.of(page, size),
				Paging.perSource(Paging.POSTS_LIMIT, postsLimit));
		return new PagedModel<>(users.map((user) -> Views.user(user, includes)));
	}

	@GetMapping("/{id}")
	Map<String, @Nullable Object> one(@PathVariable("id") String idText,
			@RequestParam(required = false) @Nullable String include,
			@RequestParam(name = Paging.POSTS_LIMIT, required = false) @Nullable String postsLimit) {
		long id = Ids.parseLong("id", idText);
		Set<String> includes = Includes.parse(include, INCLUDES);
		return Views.user(this.accounts.user(id, includes, Paging.perSource(Paging.POSTS_LIMIT, postsLimit)), includes);
	}

	@GetMapping("/{id}/profile")
	Map<String, @Nullable Object> profile(@PathVariable("id") String idText) {
		long id = Ids.parseLong("id", idText);
		return Views.profile(this.accounts.profileOf(id));
	}

	@PutMapping("/{id}/profile")
	Map<String, @Nullable Object> linkProfile(@PathVariable("id") String idText,
			@Valid @RequestBody ProfileLink request) {
		long id = Ids.parseLong("id", idText);
		if ((request.id() == null) == (request.bio() == null || request.bio().isBlank())) {
			throw new BadRequestException("id", "give either the id of an existing profile or the bio of a new one");
		}
		Profile profile = (request.id() != null) ? this.accounts.linkProfile(id, request.id())
				: this.accounts.createProfile(id, request.bio());
		return Views.profile(profile);
	}

	@DeleteMapping("/{id}/profile")
	ResponseEntity<Void> unlinkProfile(@PathVariable("id") String idText) {
		long id = Ids.parseLong("id", idText);
		this.accounts.unlinkProfile(id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/passport")
	Map<String, @Nullable Object> passport(@PathVariable("id") String idText, @Valid @RequestBody NewPassport request) {
		long id = Ids.parseLong("id", idText);
		return Views.passport(this.accounts.issuePassport(id, request.number()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") String idText) {
		long id = Ids.parseLong("id", idText);
		this.accounts.deleteUser(id);
		return ResponseEntity.noContent().build();
	}

}
