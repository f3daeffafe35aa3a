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

package io.github.associations.benchmarks.systems.hibernateposts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToManySystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.OwnerView;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate with the default bidirectional one-to-many mapping
 * ({@code @OneToMany(mappedBy
 * = "author")}, lazy, and {@code @ManyToOne}, eager as JPA prescribes): each write finds
 * its entities and changes both sides in a {@code TransactionTemplate}, and Hibernate
 * flushes the changes at commit; loads use the repository's {@code findAllById} and read
 * each user's posts in a read-only transaction, as a service that returns them does.
 */
public final class HibernatePostsSystem extends SpringSystem implements OneToManySystem {

	private final UserRepository users;

	private final PostRepository posts;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	/**
	 * Start the Spring Data JPA application.
	 * @param dataSource the data source
	 */
	public HibernatePostsSystem(CountingDataSource dataSource) {
		super(dataSource, HibernatePostsApplication.class);
		this.users = bean(UserRepository.class);
		this.posts = bean(PostRepository.class);
		this.writes = transactions(false);
		this.reads = transactions(true);
	}

	@Override
	public void setPosts(long userId, long[] postIds) {
		this.writes.executeWithoutResult((status) -> {
			User user = this.users.findById(userId).orElseThrow();
			List<Post> wanted = this.posts.findAllById(Arrays.stream(postIds).boxed().toList());
			Set<Post> kept = new HashSet<>(wanted);
			for (Post post : new ArrayList<>(user.getPosts())) {
				if (!kept.contains(post)) {
					post.setAuthor(null);
					user.getPosts().remove(post);
				}
			}
			for (Post post : wanted) {
				User previous = post.getAuthor();
				if (previous != user) {
					if (previous != null) {
						previous.getPosts().remove(post);
					}
					post.setAuthor(user);
					user.getPosts().add(post);
				}
			}
		});
	}

	@Override
	public void addPost(long userId, String title, String body) {
		this.writes.executeWithoutResult((status) -> {
			User user = this.users.findById(userId).orElseThrow();
			Post post = new Post(title, body, user);
			user.getPosts().add(post);
			this.posts.save(post);
		});
	}

	@Override
	public List<User> loadUsersWithPosts(long[] userIds) {
		List<User> loaded = this.reads.execute((status) -> {
			List<User> users = this.users.findAllById(Arrays.stream(userIds).boxed().toList());
			users.forEach((user) -> user.getPosts().size());
			return users;
		});
		return Objects.requireNonNull(loaded);
	}

	@Override
	public OwnerView view(Object loaded) {
		User user = (User) loaded;
		return new OwnerView(Objects.requireNonNull(user.getId()), user.getPosts().stream().map(Post::getId).toList());
	}

}
