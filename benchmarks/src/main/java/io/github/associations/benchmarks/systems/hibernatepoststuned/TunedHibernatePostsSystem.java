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

package io.github.associations.benchmarks.systems.hibernatepoststuned;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToManySystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.hibernatetuned.TunedHibernateSystem;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate tuned for the one-to-many, with the tuned one-to-one system's settings (JDBC
 * batching, ordered updates, auto-commit off in the pool): the post's author is lazy, a
 * set reads only the posts it changes in one query and links them with a reference to the
 * user ({@code getReferenceById}), an added post is one {@code INSERT}, and a load
 * fetches users with their posts in one join ({@code @EntityGraph}).
 */
public final class TunedHibernatePostsSystem extends SpringSystem implements OneToManySystem {

	private final UserRepository users;

	private final PostRepository posts;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	/**
	 * Start the system; its pool's connections must start with auto-commit off.
	 * @param dataSource the data source
	 */
	public TunedHibernatePostsSystem(CountingDataSource dataSource) {
		super(dataSource, TunedHibernatePostsApplication.class, TunedHibernateSystem.PROPERTIES);
		this.users = bean(UserRepository.class);
		this.posts = bean(PostRepository.class);
		this.writes = transactions(false);
		this.reads = transactions(true);
	}

	@Override
	public void setPosts(long userId, long[] postIds) {
		this.writes.executeWithoutResult((status) -> {
			Set<Long> wanted = Arrays.stream(postIds).boxed().collect(Collectors.toSet());
			User user = this.users.getReferenceById(userId);
			for (Post post : this.posts.findOfUserOrIn(userId, wanted)) {
				User author = post.getAuthor();
				boolean linked = author != null && Objects.equals(author.getId(), userId);
				if (wanted.contains(post.getId()) != linked) {
					post.setAuthor(linked ? null : user);
				}
			}
		});
	}

	@Override
	public void addPost(long userId, String title, String body) {
		this.writes.executeWithoutResult(
				(status) -> this.posts.save(new Post(title, body, this.users.getReferenceById(userId))));
	}

	@Override
	public List<User> loadUsersWithPosts(long[] userIds) {
		List<User> loaded = this.reads
			.execute((status) -> this.users.findWithPostsByIdIn(Arrays.stream(userIds).boxed().toList()));
		return Objects.requireNonNull(loaded);
	}

	@Override
	public OwnerView view(Object loaded) {
		User user = (User) loaded;
		return new OwnerView(Objects.requireNonNull(user.getId()), user.getPosts().stream().map(Post::getId).toList());
	}

}
