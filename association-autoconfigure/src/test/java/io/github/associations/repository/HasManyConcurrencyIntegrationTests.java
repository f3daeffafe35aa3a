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

package io.github.associations.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads adding, removing, setting and creating the posts of a few users at once:
 * every post ends with at most one user, the repository reads what the table holds, no
 * two calls deadlock, and the only failures are the documented, retryable
 * {@link org.springframework.dao.ConcurrencyFailureException}s.
 */
class HasManyConcurrencyIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final int THREADS = 8;

	private static final int OPERATIONS_PER_THREAD = 200;

	@Autowired
	private HasManyRepository<User, Post> posts;

	private final RandomCalls calls = new RandomCalls();

	@Test
	void randomCallsFromManyThreadsKeepTheTableAndTheRepositoryInAgreementWithoutDeadlocks() throws Exception {
		List<User> users = new ArrayList<>();
		List<Post> all = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			users.add(this.aggregates.insert(new User(null, "user" + i)));
		}
		for (int i = 0; i < 12; i++) {
			all.add(this.aggregates.insert(new Post(null, null, "post" + i, null)));
		}
		List<Consumer<Random>> kinds = List.of(
				(random) -> this.posts.add(RandomCalls.pick(users, random), some(all, random, 3)),
				(random) -> this.posts.remove(RandomCalls.pick(users, random), some(all, random, 3)),
				(random) -> this.posts.set(RandomCalls.pick(users, random), some(all, random, 5)),
				(random) -> this.posts.set(RandomCalls.pick(users, random), List.of()),
				(random) -> this.posts.create(RandomCalls.pick(users, random), new Post(null, null, "created", null)));
		this.calls.run(THREADS, OPERATIONS_PER_THREAD, kinds);
		System.out.println("hasMany concurrency: " + this.calls);
		assertThat(this.calls.operations()).isEqualTo(THREADS * OPERATIONS_PER_THREAD);
		assertThat(this.calls.conflicts()).doesNotContainKey("deadlock");
		for (User user : users) {
			List<Long> inTable = this.jdbc.sql("SELECT id FROM posts WHERE author_id = ? ORDER BY id")
				.param(user.id())
				.query(Long.class)
				.list();
			assertThat(this.posts.get(user)).extracting(Post::id).containsExactlyElementsOf(inTable);
		}
		long linked = this.jdbc.sql("SELECT count(*) FROM posts WHERE author_id IS NOT NULL")
			.query(Long.class)
			.single();
		long perUser = users.stream().mapToLong((user) -> this.posts.count(user)).sum();
		assertThat(perUser).isEqualTo(linked);
	}

	private static List<Post> some(List<Post> posts, Random random, int most) {
		List<Post> some = new ArrayList<>();
		int count = random.nextInt(most + 1);
		for (int i = 0; i < count; i++) {
			some.add(RandomCalls.pick(posts, random));
		}
		return some;
	}

}
