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

package io.github.associations.benchmarks.systems.associations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.OneToManySystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.repository.Associations;
import io.github.associations.repository.HasManyRepository;
import io.github.associations.repository.Loaded;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/**
 * The association repositories for the one-to-many: {@code HasManyRepository<User, Post>}
 * for the writes, eager loading for reads.
 */
public final class AssociationsPostsSystem extends SpringSystem implements OneToManySystem {

	private final HasManyRepository<User, Post> posts;

	private final Associations associations;

	private final HeldEntities<User> heldUsers = new HeldEntities<>(User::id);

	private final HeldEntities<Post> heldPosts = new HeldEntities<>(Post::id);

	/**
	 * Start the association repositories' application.
	 * @param dataSource the data source
	 * @param properties further properties, as {@code name=value}
	 */
	public AssociationsPostsSystem(CountingDataSource dataSource, String... properties) {
		super(dataSource, AssociationsApplication.class, properties);
		this.associations = bean(Associations.class);
		this.posts = this.associations.hasMany(User.class, Post.class);
	}

	@Override
	public void hold(long[] userIds, long[] postIds) {
		JdbcAggregateOperations aggregates = bean(JdbcAggregateOperations.class);
		this.heldUsers.load(userIds, (ids) -> aggregates.findAllById(ids, User.class));
		this.heldPosts.load(postIds, (ids) -> aggregates.findAllById(ids, Post.class));
	}

	@Override
	public void setPosts(long userId, long[] postIds) {
		List<Post> posts = new ArrayList<>(postIds.length);
		for (long postId : postIds) {
			posts.add(this.heldPosts.get(postId));
		}
		this.posts.set(this.heldUsers.get(userId), posts);
	}

	@Override
	public void addPost(long userId, String title, String body) {
		this.posts.add(this.heldUsers.get(userId), new Post(null, title, body));
	}

	@Override
	public List<Loaded<User>> loadUsersWithPosts(long[] userIds) {
		return this.associations.load(User.class).include("posts").byIds(Arrays.stream(userIds).boxed().toList());
	}

	@Override
	public OwnerView view(Object loaded) {
		@SuppressWarnings("unchecked")
		Loaded<User> user = (Loaded<User>) loaded;
		return new OwnerView(Objects.requireNonNull(user.entity().id()),
				user.getList("posts", Post.class).stream().map(Post::id).toList());
	}

}
