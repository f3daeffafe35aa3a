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

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.OneToManySystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.OwnerView;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Data JDBC with the posts inside the user's aggregate
 * ({@code @MappedCollection(idColumn = "author_id") Set<Post>}): saving a user deletes
 * its posts' rows and inserts them again. A post cannot move from outside the aggregate
 * into it, so setting the posts keeps the ones the user has and adds new posts with the
 * title and text of the others.
 */
public final class PostsAggregateSystem extends SpringSystem implements OneToManySystem {

	private final UserRepository users;

	private final HeldEntities<User> heldUsers = new HeldEntities<>(User::id);

	private final Map<Long, Post> postValues = new HashMap<>();

	/**
	 * Start the Spring Data JDBC application.
	 * @param dataSource the data source
	 */
	public PostsAggregateSystem(CountingDataSource dataSource) {
		super(dataSource, CollectionApplication.class);
		this.users = bean(UserRepository.class);
	}

	@Override
	public void hold(long[] userIds, long[] postIds) {
		this.heldUsers.load(userIds, this.users::findAllById);
		bean(JdbcTemplate.class).query("SELECT \"id\", \"title\", \"body\" FROM \"posts\" WHERE \"id\" = ANY(?)",
				(statement) -> statement.setObject(1, postIds), (row) -> {
					Post post = new Post(row.getLong(1), row.getString(2), row.getString(3));
					this.postValues.put(post.id(), post);
				});
	}

	@Override
	public void setPosts(long userId, long[] postIds) {
		User user = this.heldUsers.get(userId);
		Map<String, Post> current = new HashMap<>();
		user.posts().forEach((post) -> current.put(post.title(), post));
		Set<Post> posts = new LinkedHashSet<>();
		for (long postId : postIds) {
			Post value = Objects.requireNonNull(this.postValues.get(postId), () -> "Post " + postId + " is not held");
			Post kept = current.get(value.title());
			posts.add((kept != null) ? kept : new Post(null, value.title(), value.body()));
		}
		this.heldUsers.put(this.users.save(user.withPosts(posts)));
	}

	@Override
	public void addPost(long userId, String title, String body) {
		User user = this.heldUsers.get(userId);
		Set<Post> posts = new LinkedHashSet<>(user.posts());
		posts.add(new Post(null, title, body));
		this.heldUsers.put(this.users.save(user.withPosts(posts)));
	}

	@Override
	public List<User> loadUsersWithPosts(long[] userIds) {
		return this.users.findAllById(Arrays.stream(userIds).boxed().toList());
	}

	@Override
	public OwnerView view(Object loaded) {
		User user = (User) loaded;
		return new OwnerView(Objects.requireNonNull(user.id()), user.posts().stream().map(Post::id).toList());
	}

}
