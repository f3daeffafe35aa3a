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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.associations.demo.domain.Passport;
import io.github.associations.demo.domain.Post;
import io.github.associations.demo.domain.Profile;
import io.github.associations.demo.domain.Tag;
import io.github.associations.demo.domain.User;
import io.github.associations.repository.Loaded;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the API returns: each entity's fields in camelCase, and an included
 * association as a field holding its target or {@code null}.
 */
final class Views {

	private Views() {
	}

	static Map<String, @Nullable Object> user(User user) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("id", user.id());
		view.put("username", user.username());
		return view;
	}

	static Map<String, @Nullable Object> user(Loaded<User> user, Set<String> includes) {
		Map<String, @Nullable Object> view = user(user.entity());
		if (includes.contains("profile")) {
			view.put("profile", user.get("profile", Profile.class).map(Views::profile).orElse(null));
		}
		if (includes.contains("passport")) {
			view.put("passport", user.get("passport", Passport.class).map(Views::passport).orElse(null));
		}
		if (includes.contains("posts")) {
			view.put("posts", user.getList("posts", Post.class).stream().map(Views::post).toList());
		}
		return view;
	}

	static Map<String, @Nullable Object> post(Post post) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("id", post.id());
		view.put("title", post.title());
		view.put("body", post.body());
		view.put("authorId", post.authorId());
		return view;
	}

	static Map<String, @Nullable Object> post(Loaded<Post> post, Set<String> includes) {
		Map<String, @Nullable Object> view = post(post.entity());
		if (includes.contains("author")) {
			view.put("author", post.get("author", User.class).map(Views::user).orElse(null));
		}
		if (includes.contains("tags")) {
			view.put("tags", post.getList("tags", Tag.class).stream().map(Views::tag).toList());
		}
		return view;
	}

	static Map<String, @Nullable Object> tag(Tag tag) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("id", tag.id());
		view.put("name", tag.name());
		return view;
	}

	static Map<String, @Nullable Object> tag(Loaded<Tag> tag, Set<String> includes) {
		Map<String, @Nullable Object> view = tag(tag.entity());
		if (includes.contains("posts")) {
			view.put("posts", tag.getList("posts", Post.class).stream().map(Views::post).toList());
		}
		return view;
	}

	static Map<String, @Nullable Object> profile(Profile profile) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("id", profile.id());
		view.put("bio", profile.bio());
		view.put("userId", profile.userId());
		return view;
	}

	static Map<String, @Nullable Object> profile(Loaded<Profile> profile, Set<String> includes) {
		Map<String, @Nullable Object> view = profile(profile.entity());
		if (includes.contains("user")) {
			view.put("user", profile.get("user", User.class).map(Views::user).orElse(null));
		}
		return view;
	}

	static Map<String, @Nullable Object> passport(Passport passport) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("id", passport.id());
		view.put("number", passport.number());
		return view;
	}

}
