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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads adding, removing and setting the tags of a few posts at once: every post
 * ends with the tags that replaying the committed calls in their commit order gives (its
 * last committed {@code set}'s tags with the {@code add}s and {@code remove}s committed
 * after it), no pair twice, no two calls deadlock, and the only failures are the
 * documented, retryable {@link org.springframework.dao.ConcurrencyFailureException}s.
 * <p>
 * Each call runs in a transaction that, after the call, takes a transaction-scoped
 * advisory lock on its post, numbers itself and reads the post's tags: the lock is held
 * until the commit, so the numbers of one post's calls are in their commit order, and the
 * tags read are what the calls committed before it and the call itself left, which
 * replaying them must give too.
 */
class BelongsToManyConcurrencyIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final int THREADS = 8;

	private static final int OPERATIONS_PER_THREAD = 200;

	@Autowired
	@As("tags")
	private BelongsToManyRepository<Post, Tag> tags;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private final RandomCalls calls = new RandomCalls();

	private final AtomicLong commitOrder = new AtomicLong();

	private final Map<Long, Committed> committed = new ConcurrentHashMap<>();

	@Test
	void eachPostEndsWithItsCommittedCallsReplayedInCommitOrderWithoutDeadlocks() throws Exception {
		List<Post> posts = new ArrayList<>();
		List<Tag> all = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			posts.add(this.aggregates.insert(new Post(null, null, "post" + i, null)));
		}
		for (int i = 0; i < 10; i++) {
			all.add(this.aggregates.insert(new Tag(null, "tag" + i)));
		}
		List<Consumer<Random>> kinds = List.of(
				(random) -> call(Kind.ADD, RandomCalls.pick(posts, random), some(all, random, 4)),
				(random) -> call(Kind.REMOVE, RandomCalls.pick(posts, random), some(all, random, 3)),
				(random) -> call(Kind.SET, RandomCalls.pick(posts, random), some(all, random, 6)));
		this.calls.run(THREADS, OPERATIONS_PER_THREAD, kinds);
		System.out.println("belongsToMany concurrency: " + this.calls + ", " + this.committed.size() + " committed");
		assertThat(this.calls.operations()).isEqualTo(THREADS * OPERATIONS_PER_THREAD);
		assertThat(this.committed).hasSize(THREADS * OPERATIONS_PER_THREAD);
		assertThat(this.calls.conflicts()).doesNotContainKey("deadlock");
		Map<Long, Set<Long>> replayed = new TreeMap<>();
		List<String> differences = replay(replayed);
		assertThat(differences).isEmpty();
		for (Post post : posts) {
			List<Long> inTable = this.jdbc.sql("SELECT tag_id FROM post_tags WHERE post_id = ? ORDER BY tag_id")
				.param(post.id())
				.query(Long.class)
				.list();
			assertThat(inTable).as("the tags of post %d", post.id())
				.containsExactlyElementsOf(replayed.getOrDefault(post.id(), Set.of()));
			assertThat(this.tags.get(post)).extracting(Tag::id).containsExactlyElementsOf(inTable);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM (SELECT DISTINCT post_id, tag_id FROM post_tags) AS pairs")
			.query(Long.class)
			.single()).isEqualTo(this.jdbc.sql("SELECT count(*) FROM post_tags").query(Long.class).single());
	}

	private void call(Kind kind, Post post, List<Tag> tags) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			switch (kind) {
				case ADD -> this.tags.add(post, tags);
				case REMOVE -> this.tags.remove(post, tags);
				case SET -> this.tags.set(post, tags);
			}
			this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(post.id()).query().listOfRows();
			long order = this.commitOrder.incrementAndGet();
			Set<Long> ids = new TreeSet<>();
			tags.forEach((tag) -> ids.add(tag.id()));
			Set<Long> observed = new TreeSet<>(this.jdbc.sql("SELECT tag_id FROM post_tags WHERE post_id = ?")
				.param(post.id())
				.query(Long.class)
				.list());
			this.committed.put(order, new Committed(kind, post.id(), ids, observed));
		});
	}

	/**
	 * Replay the committed calls in their order, per post, and describe each call whose
	 * post's tags differ from what it read.
	 */
	private List<String> replay(Map<Long, Set<Long>> tagsByPost) {
		List<String> differences = new ArrayList<>();
		new TreeMap<>(this.committed).forEach((order, call) -> {
			Set<Long> tags = tagsByPost.computeIfAbsent(call.post(), (post) -> new TreeSet<>());
			switch (call.kind()) {
				case ADD -> tags.addAll(call.tags());
				case REMOVE -> tags.removeAll(call.tags());
				case SET -> {
					tags.clear();
					tags.addAll(call.tags());
				}
			}
			if (!tags.equals(call.observed())) {
				differences.add("call " + order + " " + call + " left " + call.observed() + ", replayed " + tags);
			}
		});
		return differences;
	}

	private static List<Tag> some(List<Tag> tags, Random random, int most) {
		List<Tag> some = new ArrayList<>();
		int count = random.nextInt(most + 1);
		for (int i = 0; i < count; i++) {
			some.add(RandomCalls.pick(tags, random));
		}
		return some;
	}

	private enum Kind {

		ADD, REMOVE, SET

	}

	private record Committed(Kind kind, long post, Set<Long> tags, Set<Long> observed) {

	}

}
