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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.associations.repository.RepositoryTestApplication.Comment;
import io.github.associations.repository.RepositoryTestApplication.Note;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * hasMany repositories, observed in the rows they leave and the statements they send.
 */
class HasManyRepositoryIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private HasManyRepository<User, Post> posts;

	@Autowired
	private HasManyRepository<User, Comment> comments;

	@Autowired
	private HasManyRepository<User, Note> notes;

	@Autowired
	private StatementLog log;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Associations associations;

	private User alice;

	private User bob;

	@BeforeEach
	void createUsers() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.bob = this.aggregates.insert(new User(null, "bob"));
	}

	@Test
	void theDefaultNameIsThePluralOfTheTarget() {
		assertThat(this.posts.name()).isEqualTo("User.posts");
		assertThat(this.posts.as()).isEqualTo("posts");
	}

	@Test
	void theAssociationsBeanFindsItAndRefusesItAsAOneToOne() {
		assertThat(this.associations.hasMany(User.class, Post.class).name()).isEqualTo("User.posts");
		assertThatExceptionOfType(AssociationLookupException.class)
			.isThrownBy(() -> this.associations.association(User.class, "posts"))
			.withMessage("User.posts is a hasMany association, not a one-to-one one");
	}

	@Test
	void createInsertsTheTargetWithTheForeignKeyInOneStatement() {
		this.log.clear();
		Post post = this.posts.create(this.alice, new Post(null, null, "hello", null));
		assertThat(this.log.statements()).containsExactly("INSERT");
		assertThat(this.log.roundTrips().get(0)).startsWith("INSERT INTO \"posts\"");
		assertThat(post.id()).isNotNull();
		assertThat(post.authorId()).isEqualTo(this.alice.id());
		assertThat(this.rows.rows("posts")).extracting((row) -> row.get("title"), (row) -> row.get("author_id"))
			.containsExactly(tuple("hello", this.alice.id()));
	}

	@Test
	void getReturnsTheTargetsInIdOrderWithOneStatement() {
		Post first = this.posts.create(this.alice, new Post(null, null, "b", null));
		Post second = this.posts.create(this.alice, new Post(null, null, "a", null));
		this.posts.create(this.bob, new Post(null, null, "other", null));
		this.log.clear();
		assertThat(this.posts.get(this.alice)).extracting(Post::id).containsExactly(first.id(), second.id());
		assertThat(this.log.statements()).hasSize(1);
	}

	@Test
	void getSortsAndLimitsByTheTargetsProperties() {
		for (String title : List.of("c", "a", "d", "b")) {
			this.posts.create(this.alice, new Post(null, null, title, null));
		}
		assertThat(this.posts.get(this.alice, Sort.by("title").descending(), 2)).extracting(Post::title)
			.containsExactly("d", "c");
		Slice<Post> first = this.posts.get(this.alice, PageRequest.of(0, 3, Sort.by("title")));
		assertThat(first.getContent()).extracting(Post::title).containsExactly("a", "b", "c");
		assertThat(first.hasNext()).isTrue();
		Slice<Post> second = this.posts.get(this.alice, PageRequest.of(1, 3, Sort.by("title")));
		assertThat(second.getContent()).extracting(Post::title).containsExactly("d");
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void sortingByAPropertyThatMapsNoColumnIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.posts.get(this.alice, Sort.by("nope"), 3))
			.withMessage("User.posts: cannot sort by 'nope', which is no column of Post");
	}

	@Test
	void getAllReadsTheTargetsOfEverySourceWithOneStatement() {
		User carol = this.aggregates.insert(new User(null, "carol"));
		Post a = this.posts.create(this.alice, new Post(null, null, "a", null));
		Post b = this.posts.create(this.bob, new Post(null, null, "b", null));
		Post c = this.posts.create(this.alice, new Post(null, null, "c", null));
		this.log.clear();
		Map<Object, List<Post>> all = this.posts.getAll(List.of(carol, this.alice, this.bob));
		assertThat(this.log.statements()).hasSize(1);
		assertThat(all.keySet()).containsExactly(carol.id(), this.alice.id(), this.bob.id());
		assertThat(all.get(carol.id())).isEmpty();
		assertThat(all.get(this.alice.id())).extracting(Post::id).containsExactly(a.id(), c.id());
		assertThat(all.get(this.bob.id())).extracting(Post::id).containsExactly(b.id());
	}

	@Test
	void countAndHasReadOneStatementEach() {
		Post a = this.posts.create(this.alice, new Post(null, null, "a", null));
		Post b = this.posts.create(this.alice, new Post(null, null, "b", null));
		Post c = this.posts.create(this.bob, new Post(null, null, "c", null));
		this.log.clear();
		assertThat(this.posts.count(this.alice)).isEqualTo(2);
		assertThat(this.posts.has(this.alice, List.of(a, b))).isTrue();
		assertThat(this.posts.has(this.alice, List.of(a, c))).isFalse();
		assertThat(this.posts.has(this.bob, c)).isTrue();
		assertThat(this.log.statements()).hasSize(4);
	}

	@Test
	void addOfSavedTargetsTakesThemFromTheirSourceInOneStatement() {
		Post a = this.posts.create(this.bob, new Post(null, null, "a", null));
		Post b = this.aggregates.insert(new Post(null, null, "b", null));
		this.log.clear();
		List<Post> added = this.posts.add(this.alice, List.of(a, b));
		assertThat(this.log.statements()).hasSize(1);
		assertThat(added).extracting(Post::id, Post::authorId)
			.containsExactly(tuple(a.id(), this.alice.id()), tuple(b.id(), this.alice.id()));
		assertThat(added).extracting(Post::version).containsExactly(a.version() + 1, b.version() + 1);
		assertThat(this.rows.rows("posts")).extracting((row) -> row.get("author_id"))
			.containsExactly(this.alice.id(), this.alice.id());
	}

	@Test
	void addOfATargetTheSourceHoldsWritesNothing() {
		Post a = this.posts.create(this.alice, new Post(null, null, "a", null));
		Object version = this.rows.value("SELECT version FROM posts WHERE id = ?", a.id());
		assertThat(this.posts.add(this.alice, a)).isEqualTo(a);
		assertThat(this.rows.value("SELECT version FROM posts WHERE id = ?", a.id())).isEqualTo(version);
	}

	@Test
	void addOfNewTargetsInsertsThemInOneBatch() {
		this.log.clear();
		List<Post> added = this.posts.add(this.alice,
				List.of(new Post(null, null, "a", null), new Post(null, null, "b", null)));
		assertThat(this.log.roundTrips()).hasSize(1);
		assertThat(added).extracting(Post::title, Post::authorId)
			.containsExactly(tuple("a", this.alice.id()), tuple("b", this.alice.id()));
		assertThat(added).allSatisfy((post) -> assertThat(post.id()).isNotNull());
	}

	@Test
	void newTargetsThatDoNotMapTheForeignKeyAreInsertedInOneBatchToo() {
		this.log.clear();
		List<Comment> added = this.comments.add(this.alice, List.of(new Comment(null, "a"), new Comment(null, "b")));
		assertThat(this.log.roundTrips()).hasSize(1);
		assertThat(added).extracting(Comment::text).containsExactly("a", "b");
		assertThat(added).allSatisfy((comment) -> assertThat(comment.id()).isNotNull());
		assertThat(this.rows.rows("comments")).extracting((row) -> row.get("user_id"))
			.containsExactly(this.alice.id(), this.alice.id());
	}

	@Test
	void sortingIgnoringCaseIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.posts.get(this.alice, Sort.by(Sort.Order.asc("title").ignoreCase()), 3))
			.withMessage("User.posts: cannot sort by 'title' ignoring case; sort by the column as it is");
	}

	@Test
	void addOfSavedAndNewTargetsTakesTwoStatements() {
		Post saved = this.aggregates.insert(new Post(null, null, "saved", null));
		this.log.clear();
		List<Post> added = this.posts.add(this.alice, List.of(new Post(null, null, "new", null), saved));
		assertThat(this.log.roundTrips()).hasSize(2);
		assertThat(added).extracting(Post::title).containsExactly("new", "saved");
	}

	@Test
	void missingTargetsAreNamedAndNothingChanges() {
		Post a = this.posts.create(this.bob, new Post(null, null, "a", null));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.posts.add(this.alice,
					List.of(a, new Post(998L, 0L, "ghost", null), new Post(999L, 0L, "ghost", null))))
			.withMessage("User.posts: Posts 998, 999 do not exist")
			.satisfies((ex) -> assertThat(ex.getIds()).containsExactly(998L, 999L));
		assertThat(this.posts.get(this.bob)).extracting(Post::id).containsExactly(a.id());
	}

	@Test
	void aMissingSourceIsNamedAndNothingChanges() {
		Post a = this.posts.create(this.bob, new Post(null, null, "a", null));
		User ghost = new User(999L, "ghost");
		assertThatExceptionOfType(MissingEntityException.class).isThrownBy(() -> this.posts.add(ghost, a))
			.withMessage("User.posts: User 999 does not exist");
		assertThatExceptionOfType(MissingEntityException.class).isThrownBy(() -> this.posts.set(ghost, List.of(a)))
			.withMessage("User.posts: User 999 does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.posts.create(ghost, new Post(null, null, "b", null)))
			.withMessage("User.posts: User 999 does not exist");
		assertThat(this.rows.rows("posts")).extracting((row) -> row.get("author_id")).containsExactly(this.bob.id());
	}

	@Test
	void anUnsavedSourceIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.posts.get(new User(null, "new")))
			.withMessage("User.posts: the User is not saved yet, so it has no id; save it first");
	}

	@Test
	void removeUnlinksOnlyTheTargetsTheSourceHolds() {
		Post a = this.posts.create(this.alice, new Post(null, null, "a", null));
		Post b = this.posts.create(this.bob, new Post(null, null, "b", null));
		this.log.clear();
		assertThat(this.posts.remove(this.alice, List.of(a, b))).isEqualTo(1);
		assertThat(this.log.statements()).hasSize(1);
		assertThat(this.rows.rows("posts")).extracting((row) -> row.get("id"), (row) -> row.get("author_id"))
			.containsExactly(tuple(a.id(), null), tuple(b.id(), this.bob.id()));
	}

	@Test
	void removeWithANotNullForeignKeyDeletesTheTargets() {
		Comment a = this.comments.create(this.alice, new Comment(null, "a"));
		Comment b = this.comments.create(this.alice, new Comment(null, "b"));
		assertThat(this.comments.remove(this.alice, a)).isTrue();
		assertThat(this.rows.rows("comments")).extracting((row) -> row.get("id")).containsExactly(b.id());
	}

	@Test
	void setUnlinksTheOthersAndLinksTheGivenInThreeStatementsAtMost() {
		Post kept = this.posts.create(this.alice, new Post(null, null, "kept", null));
		Post dropped = this.posts.create(this.alice, new Post(null, null, "dropped", null));
		Post taken = this.posts.create(this.bob, new Post(null, null, "taken", null));
		this.log.clear();
		List<Post> result = this.posts.set(this.alice, List.of(taken, new Post(null, null, "new", null), kept));
		List<String> statements = this.log.roundTrips();
		assertThat(statements).hasSize(3);
		assertThat(statements.get(0)).startsWith("SELECT 1 FROM \"users\"").endsWith("FOR NO KEY UPDATE");
		assertThat(statements.get(1)).startsWith("WITH \"locked\"");
		assertThat(statements.get(2)).startsWith("INSERT INTO \"posts\"");
		assertThat(result).extracting(Post::title).containsExactly("taken", "new", "kept");
		assertThat(result).extracting(Post::authorId).containsOnly(this.alice.id());
		assertThat(this.posts.get(this.alice)).extracting(Post::title).containsExactly("kept", "taken", "new");
		assertThat(this.rows.value("SELECT author_id FROM posts WHERE id = ?", dropped.id())).isNull();
	}

	@Test
	void setWithoutNewTargetsTakesTwoStatementsWhateverTheirNumber() {
		List<Post> many = new java.util.ArrayList<>();
		for (int i = 0; i < 50; i++) {
			many.add(this.aggregates.insert(new Post(null, null, "p" + i, null)));
		}
		this.log.clear();
		this.posts.set(this.alice, many);
		assertThat(this.log.roundTrips()).hasSize(2);
		this.log.clear();
		this.posts.set(this.alice, many.subList(0, 10));
		assertThat(this.log.roundTrips()).hasSize(2);
		assertThat(this.posts.count(this.alice)).isEqualTo(10);
		this.log.clear();
		this.posts.set(this.alice, List.of());
		assertThat(this.log.roundTrips()).hasSize(2);
		assertThat(this.posts.count(this.alice)).isZero();
	}

	@Test
	void setWithMissingTargetsChangesNothing() {
		Post kept = this.posts.create(this.alice, new Post(null, null, "kept", null));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.posts.set(this.alice, List.of(new Post(999L, 0L, "ghost", null))))
			.withMessage("User.posts: Post 999 does not exist");
		assertThat(this.posts.get(this.alice)).extracting(Post::id).containsExactly(kept.id());
	}

	@Test
	void setWithDestroyRemovedDeletesTheOthers() {
		Note kept = this.notes.create(this.alice, new Note(null, "kept"));
		this.notes.create(this.alice, new Note(null, "dropped"));
		this.notes.set(this.alice, List.of(kept));
		assertThat(this.rows.rows("notes")).extracting((row) -> row.get("text")).containsExactly("kept");
	}

	@Test
	void withoutAConstraintTheSourceIsCheckedByTheStatements() {
		Note note = this.aggregates.insert(new Note(null, "loose"));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.notes.add(new User(999L, "ghost"), note))
			.withMessage("User.notes: User 999 does not exist");
		assertThat(this.rows.value("SELECT user_id FROM notes WHERE id = ?", note.id())).isNull();
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.notes.create(new User(999L, "ghost"), new Note(null, "orphan")))
			.withMessage("User.notes: User 999 does not exist");
		assertThat(this.rows.rows("notes")).hasSize(1);
	}

	@Test
	void aTargetThatAnotherTransactionUnlinkedWhileSetWaitedForItsLockIsLinked() throws Exception {
		Post post = this.posts.create(this.alice, new Post(null, null, "p", null));
		linkWhileAnotherTransactionUnlinks(post, () -> this.posts.set(this.alice, List.of(post)));
		assertThat(this.rows.value("SELECT author_id FROM posts WHERE id = ?", post.id())).isEqualTo(this.alice.id());
	}

	@Test
	void aTargetThatAnotherTransactionUnlinkedWhileAddWaitedForItsLockIsLinked() throws Exception {
		Post post = this.posts.create(this.alice, new Post(null, null, "p", null));
		linkWhileAnotherTransactionUnlinks(post, () -> this.posts.add(this.alice, post));
		assertThat(this.rows.value("SELECT author_id FROM posts WHERE id = ?", post.id())).isEqualTo(this.alice.id());
	}

	/**
	 * Unlink a post in another transaction, start a call that links it again and waits
	 * for the post's lock, then commit the unlinking: the call's statement started before
	 * the commit, and must still see that the post needs linking.
	 */
	private void linkWhileAnotherTransactionUnlinks(Post post, Callable<?> link) throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement unlink = other.prepareStatement("UPDATE posts SET author_id = NULL WHERE id = ?")) {
				unlink.setLong(1, post.id());
				unlink.executeUpdate();
			}
			Future<?> linking = executor.submit(link);
			awaitAWaitForALock();
			other.commit();
			linking.get(10, TimeUnit.SECONDS);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private void awaitAWaitForALock() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
						+ "AND datname = current_database()")
				.query(Long.class)
				.single() > 0);
	}

	@Test
	void aSavedTargetGivenToCreateIsRejected() {
		Post saved = this.aggregates.insert(new Post(null, null, "saved", null));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.posts.create(this.alice, saved))
			.withMessage("User.posts: create needs a new Post, but Post " + saved.id()
					+ " is saved already; use add to link it");
	}

}
