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

import io.github.associations.demo.domain.Accounts;
import io.github.associations.demo.domain.Profile;
import io.github.associations.demo.web.Requests.NewProfile;
import io.github.associations.demo.web.Requests.UserLink;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
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
 * Profiles and the user each belongs to.
 */
@RestController
@RequestMapping("/profiles")
class ProfileController {

	private static final Set<String> INCLUDES = Set.of("user");

	private final Accounts accounts;

	ProfileController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<Map<String, @Nullable Object>> create(@Valid @RequestBody NewProfile request) {
		Profile profile = this.accounts.newProfile(request.bio());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(profile.id())
			.toUri();
		return ResponseEntity.created(location).body(Views.profile(profile));
	}

	@GetMapping("/{id}")
	Map<String, @Nullable Object> one(@PathVariable("id") String idText,
			@RequestParam(required = false) @Nullable String include) {
		long id = Ids.parseLong("id", idText);
		Set<String> includes = Includes.parse(include, INCLUDES);
		return Views.profile(this.accounts.profile(id, includes), includes);
	}

	@PutMapping("/{id}/user")
	Map<String, @Nullable Object> user(@PathVariable("id") String idText, @Valid @RequestBody UserLink request) {
		long id = Ids.parseLong("id", idText);
		return Views.profile(this.accounts.setOwner(id, request.id()));
	}

}
