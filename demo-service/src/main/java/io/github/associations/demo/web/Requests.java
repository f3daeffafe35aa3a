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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies the API accepts.
 */
final class Requests {

	private Requests() {
	}

	/**
	 * A new user, optionally with a new profile.
	 *
	 * @param username the unique username
	 * @param profile the new profile, or {@code null}
	 */
	record NewUser(@NotBlank @Size(max = 40) @StorableText(name = true) String username,
			@Valid @Nullable NewProfile profile) {
	}

	/**
	 * A new profile.
	 *
	 * @param bio the text
	 */
	record NewProfile(@NotBlank @Size(max = 500) @StorableText String bio) {
	}

	/**
	 * The profile to link with a user: an existing one by id, or a new one by bio.
	 *
	 * @param id the id of an existing profile, or {@code null}
	 * @param bio the text of a new profile, or {@code null}
	 */
	record ProfileLink(@Positive @Nullable Long id, @Size(max = 500) @StorableText @Nullable String bio) {
	}

	/**
	 * The user a profile belongs to.
	 *
	 * @param id the user's id, or {@code null} for none
	 */
	record UserLink(@Positive @Nullable Long id) {
	}

	/**
	 * A new post.
	 *
	 * @param title the title
	 * @param body the text
	 */
	record NewPost(@NotBlank @Size(max = 200) @StorableText String title,
			@NotBlank @Size(max = 10_000) @StorableText String body) {
	}

	/**
	 * A new tag.
	 *
	 * @param name the unique name
	 */
	record NewTag(@NotBlank @Size(max = 40) @StorableText(name = true) String name) {
	}

	/**
	 * A new passport.
	 *
	 * @param number the unique passport number
	 */
	record NewPassport(@NotBlank @Size(max = 20) @StorableText(name = true) String number) {
	}

}
