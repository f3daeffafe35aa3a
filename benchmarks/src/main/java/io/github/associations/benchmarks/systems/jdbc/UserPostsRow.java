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

package io.github.associations.benchmarks.systems.jdbc;

import java.util.List;

import io.github.associations.benchmarks.systems.OwnerView;

/**
 * A user with its posts as the hand-written systems read them.
 *
 * @param id the user's id
 * @param username the user's name
 * @param email the user's email
 * @param posts the user's posts, by id
 */
record UserPostsRow(long id, String username, String email, List<PostRow> posts) {

	OwnerView view() {
		return new OwnerView(this.id, this.posts.stream().map(PostRow::id).toList());
	}

	/**
	 * A post.
	 *
	 * @param id the post's id
	 * @param title the post's title
	 * @param body the post's text
	 */
	record PostRow(long id, String title, String body) {

	}

}
