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

package io.github.associations.benchmarks.systems;

import java.util.List;

/**
 * A data-access system doing the benchmarked one-to-many operations between users and
 * their posts ({@code posts.author_id}, nullable, not unique, indexed), each the way its
 * users write it.
 */
public interface OneToManySystem extends BenchmarkedSystem {

	/**
	 * Hold users and posts the operations will use, as an application holds entities it
	 * loaded before; systems that work with ids alone hold nothing. Called again for the
	 * users whose rows a benchmark put back, so that what the system holds matches the
	 * rows. Not timed.
	 * @param userIds ids of users
	 * @param postIds ids of posts
	 */
	default void hold(long[] userIds, long[] postIds) {
	}

	/**
	 * Make a user's posts exactly the given ones, in one transaction: the user's other
	 * posts lose it, and those of the given posts it does not have are linked with it.
	 * @param userId the user
	 * @param postIds the posts the user ends with
	 */
	void setPosts(long userId, long[] postIds);

	/**
	 * Add a new post to a user's posts.
	 * @param userId the user
	 * @param title the post's title
	 * @param body the post's text
	 */
	void addPost(long userId, String title, String body);

	/**
	 * Load users with their posts.
	 * @param userIds the users' ids
	 * @return the users in the system's own form
	 */
	List<?> loadUsersWithPosts(long[] userIds);

	/**
	 * Describe one element of {@link #loadUsersWithPosts}'s result, for checking it.
	 * @param loaded an element of the result
	 * @return the user's id and its posts' ids
	 */
	OwnerView view(Object loaded);

}
