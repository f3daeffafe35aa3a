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

package io.github.associations.benchmarks.systems.collection;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user, the root of an aggregate that holds its posts.
 *
 * @param id the id
 * @param username the name
 * @param email the email
 * @param posts the posts, whose rows reference the user's with {@code author_id}
 */
@Table("users")
record User(@Id @Nullable Long id, String username, String email,
		@MappedCollection(idColumn = "author_id") Set<Post> posts) {

	User withPosts(Set<Post> posts) {
		return new User(this.id, this.username, this.email, posts);
	}

}
