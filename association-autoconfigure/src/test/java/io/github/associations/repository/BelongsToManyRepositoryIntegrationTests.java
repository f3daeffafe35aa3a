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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * belongsToMany repositories, observed in the junction rows they leave and the statements
 * they send.
 */
class BelongsToManyRepositoryIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	@As("tags")
	private BelongsToManyRepository<Post, Tag> tags;

	@Autowired
	private BelongsToManyRepository<Tag, Post> posts;

	@Autowired
	private StatementLog log;

	@Autowired
	private Associations associations;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private Post first;

	private Post second;

	private Tag java;

	private Tag sql;

	private Tag spring;

	@BeforeEach
	void createPostsAndTags() {
		this.first = this.aggregates.insert(new Post(null, null, "first", null));
		this.second = this.aggregates.insert(new Post(null, null, "second", null));
		this.java = this.aggregates.insert(new Tag(null, "java"));
		this.sql = this.aggregates.insert(new Tag(null, "sql"));
		this.spring = this.aggregates.insert(new Tag(null, "spring"));
	}

	@Test
	void theAssociationsBeanFindsBothSidesAndRefusesThemAsOneToOne() {
		assertThat(this.tags.name()).isEqualTo("Post.tags");
		assertThat(this.posts.name()).isEqualTo("Tag.posts");
		assertThat(this.associations.belongsToMany(Post.class, Tag.class, "tags").name()).isEqualTo("Post.tags");
		assertThatExceptionOfType(AssociationLookupException.class)
			.isThrownBy(() -> this.associations.association(Post.class, "tags"))
			.withMessage("Post.tags is a belongsToMany association, not a one-to-one one");
	}

	@Test
	void addLinksSavedTargetsWithOneStatementAndAddingAgainIsNoError() {
		this.log.clear();
		assertThat(this.tags.add(this.first, List.of(this.sql, this.java))).containsExactly(this.sql, this.java);
		assertThat(this.log.roundTrips()).hasSize(1);
		assertThat(this.log.statements()).containsExactly("INSERT");
		assertThat(this.log.roundTrips().get(0)).contains("ON CONFLICT (\"post_id\", \"tag_id\") DO NOTHING")
			.contains("pg_advisory_xact_lock_shared(");
		assertThat(links()).containsExactly(tuple(this.first.id(), this.java.id()),
				tuple(this.first.id(), this.sql.id()));
		long version = linkVersion(this.first, this.java);
		this.tags.add(this.first, List.of(this.java, this.spring));
		assertThat(links()).containsExactly(tuple(this.first.id(), this.java.id()),
				tuple(this.first.id(), this.sql.id()), tuple(this.first.id(), this.spring.id()));
		assertThat(linkVersion(this.first, this.java)).isEqualTo(version);
		assertThat(this.rows.rows("tags")).hasSize(3);
		assertThat(this.rows.rows("posts")).extracting((row) -> row.get("version")).containsOnly(0L);
	}

	@Test
	void addingOneTargetIsOnePlainInsertThatPostgresPlansOnce() {
		this.log.clear();
		this.tags.add(this.first, this.java);
		assertThat(this.log.roundTrips()).singleElement()
			.satisfies((sql) -> assertThat(sql).startsWith("INSERT INTO \"post_tags\"")
				.contains("pg_advisory_xact_lock_shared(")
				.contains("ON CONFLICT (\"post_id\", \"tag_id\") DO NOTHING"));
		Long genericPlans = new TransactionTemplate(this.transactionManager).execute((status) -> {
			for (int i = 0; i < 20; i++) {
				this.tags.add(this.first, List.of(this.java, this.sql, this.spring).get(i % 3));
			}
			return this.jdbc
				.sql("SELECT coalesce(sum(generic_plans), 0) FROM pg_prepared_statements "
						+ "WHERE statement LIKE 'INSERT INTO \"post_tags\"%'")
				.query(Long.class)
				.single();
		});
		assertThat(genericPlans).isPositive();
		assertThat(links()).containsExactly(tuple(this.first.id(), this.java.id()),
				tuple(this.first.id(), this.sql.id()), tuple(this.first.id(), this.spring.id()));
	}

	@Test
	void addInsertsNewTargetsInOneBatchThenLinksThem() {
		this.log.clear();
		List<Tag> stored = this.tags.add(this.first,
				List.of(new Tag(null, "jdbc"), this.java, new Tag(null, "postgres")));
		assertThat(this.log.roundTrips()).hasSize(2);
		assertThat(this.log.statements()).containsExactly("INSERT", "INSERT");
		assertThat(this.log.roundTrips().get(0)).startsWith("INSERT INTO \"tags\"");
		assertThat(stored).extracting(Tag::name).containsExactly("jdbc", "java", "postgres");
		assertThat(stored).allSatisfy((tag) -> assertThat(tag.id()).isNotNull());
		assertThat(this.tags.get(this.first)).containsExactly(this.java, stored.get(0), stored.get(2));
	}

	@Test
	void aNewTargetGivenTwiceIsInsertedOnce() {
		Tag jdbc = new Tag(null, "jdbc");
		List<Tag> stored = this.tags.add(this.first, List.of(jdbc, this.java, jdbc));
		assertThat(stored.get(0)).isSameAs(stored.get(2));
		assertThat(this.rows.rows("tags")).extracting((row) -> row.get("name"))
			.containsExactly("java", "sql", "spring", "jdbc");
		assertThat(this.tags.get(this.first)).containsExactly(this.java, stored.get(0));
	}

	@Test
	void missingTargetsAreAllNamedAndNothingIsLinked() {
		this.tags.add(this.first, this.spring);
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.tags.add(this.first, List.of(new Tag(998L, "x"), this.java, new Tag(999L, "y"))))
			.withMessage("Post.tags: Tags 998, 999 do not exist")
			.satisfies((ex) -> assertThat(ex.getIds()).containsExactly(998L, 999L));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.tags.set(this.first, List.of(this.java, new Tag(999L, "y"))))
			.withMessage("Post.tags: Tag 999 does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.tags.add(this.first, new Tag(999L, "y")))
			.withMessage("Post.tags: Tag 999 does not exist")
			.satisfies((ex) -> assertThat(ex.getIds()).containsExactly(999L));
		assertThat(links()).containsExactly(tuple(this.first.id(), this.spring.id()));
	}

	@Test
	void aMissingSourceIsNamedAndAnUnsavedOneRefused() {
		this.rows.update("DELETE FROM posts WHERE id = ?", this.second.id());
		assertThatExceptionOfType(MissingEntityException.class).isThrownBy(() -> this.tags.add(this.second, this.java))
			.withMessage("Post.tags: Post " + this.second.id() + " does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.tags.set(this.second, List.of(this.java)))
			.withMessage("Post.tags: Post " + this.second.id() + " does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.tags.create(this.second, new Tag(null, "orphan")))
			.withMessage("Post.tags: Post " + this.second.id() + " does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.as("with both missing, the foreign key checked first names its row")
			.isThrownBy(() -> this.tags.add(this.second, new Tag(999L, "gone")))
			.satisfies((ex) -> assertThat(ex.getMessage())
				.isIn("Post.tags: Post " + this.second.id() + " does not exist", "Post.tags: Tag 999 does not exist"));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.posts.add(new Tag(999L, "gone"), this.second))
			.satisfies((ex) -> assertThat(ex.getMessage())
				.isIn("Tag.posts: Post " + this.second.id() + " does not exist", "Tag.posts: Tag 999 does not exist"));
		assertThat(this.rows.rows("tags")).extracting((row) -> row.get("name"))
			.containsExactly("java", "sql", "spring");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.tags.get(new Post(null, null, "draft", null)))
			.withMessage("Post.tags: the Post is not saved yet, so it has no id; save it first");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.tags.remove(this.first, new Tag(null, "new")))
			.withMessage("Post.tags: the Tag is not saved yet, so it has no id; save it first");
		assertThat(links()).isEmpty();
	}

	@Test
	void removeLocksTheSourceThenDeletesTheGivenLinks() {
		this.tags.add(this.first, List.of(this.java, this.sql, this.spring));
		this.tags.add(this.second, List.of(this.java));
		this.log.clear();
		assertThat(this.tags.remove(this.first, List.of(this.java, this.sql))).isEqualTo(2);
		assertThat(this.log.statements()).containsExactly("SELECT", "DELETE");
		assertThat(this.log.roundTrips().get(0)).contains("pg_advisory_xact_lock(");
		assertThat(this.tags.remove(this.first, this.java)).isFalse();
		assertThat(links()).containsExactly(tuple(this.first.id(), this.spring.id()),
				tuple(this.second.id(), this.java.id()));
		assertThat(this.rows.rows("tags")).hasSize(3);
	}

	@Test
	void setLocksTheSourceThenWritesTheDifferenceInOneStatementKeepingKeptLinks() {
		this.tags.add(this.first, List.of(this.java, this.sql));
		this.tags.add(this.second, List.of(this.sql));
		long kept = linkVersion(this.first, this.sql);
		this.log.clear();
		assertThat(this.tags.set(this.first, List.of(this.sql, this.spring))).containsExactly(this.sql, this.spring);
		assertThat(this.log.roundTrips()).hasSize(2);
		assertThat(this.log.statements()).containsExactly("SELECT", "DELETE", "INSERT");
		assertThat(this.log.roundTrips().get(0)).contains("pg_advisory_xact_lock(");
		assertThat(links()).containsExactly(tuple(this.first.id(), this.sql.id()),
				tuple(this.first.id(), this.spring.id()), tuple(this.second.id(), this.sql.id()));
		assertThat(linkVersion(this.first, this.sql)).isEqualTo(kept);
		this.log.clear();
		List<Tag> stored = this.tags.set(this.first, List.of(new Tag(null, "jdbc"), this.java));
		assertThat(this.log.roundTrips()).hasSize(3);
		assertThat(links()).containsExactly(tuple(this.first.id(), this.java.id()),
				tuple(this.first.id(), stored.get(0).id()), tuple(this.second.id(), this.sql.id()));
		this.log.clear();
		assertThat(this.tags.set(this.first, List.of())).isEmpty();
		assertThat(this.log.roundTrips()).hasSize(2);
		assertThat(links()).containsExactly(tuple(this.second.id(), this.sql.id()));
	}

	@Test
	void createInsertsTheTargetAndItsLinkWithTwoStatements() {
		this.log.clear();
		Tag created = this.tags.create(this.first, new Tag(null, "jdbc"));
		assertThat(this.log.statements()).containsExactly("INSERT", "INSERT");
		assertThat(created.id()).isNotNull();
		assertThat(links()).containsExactly(tuple(this.first.id(), created.id()));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.tags.create(this.first, this.java))
			.withMessage("Post.tags: create needs a new Tag, but Tag " + this.java.id()
					+ " is saved already; use add to link it");
	}

	@Test
	void readsGoThroughTheJunctionFromEitherSide() {
		this.tags.add(this.first, List.of(this.spring, this.java));
		this.tags.add(this.second, List.of(this.java));
		this.log.clear();
		assertThat(this.tags.get(this.first)).containsExactly(this.java, this.spring);
		assertThat(this.tags.get(this.first, Sort.by(Sort.Direction.DESC, "name"), 1)).containsExactly(this.spring);
		assertThat(this.tags.count(this.first)).isEqualTo(2);
		assertThat(this.tags.has(this.first, List.of(this.java, this.spring))).isTrue();
		assertThat(this.tags.has(this.first, List.of(this.java, this.sql))).isFalse();
		assertThat(this.posts.get(this.java)).containsExactly(this.first, this.second);
		assertThat(this.posts.count(this.sql)).isZero();
		assertThat(this.log.statements()).hasSize(7).containsOnly("SELECT");
		Slice<Tag> page = this.tags.get(this.first, PageRequest.of(0, 1, Sort.by("name")));
		assertThat(page.getContent()).containsExactly(this.java);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void getAllReadsTheTargetsOfAnyNumberOfSourcesWithOneStatement() {
		this.tags.add(this.first, List.of(this.spring, this.java));
		this.tags.add(this.second, List.of(this.java));
		Post third = this.aggregates.insert(new Post(null, null, "third", null));
		this.log.clear();
		Map<Object, List<Tag>> all = this.tags.getAll(List.of(this.second, third, this.first));
		assertThat(this.log.statements()).containsExactly("SELECT");
		assertThat(all.keySet()).containsExactly(this.second.id(), third.id(), this.first.id());
		assertThat(all.get(this.first.id())).containsExactly(this.java, this.spring);
		assertThat(all.get(this.second.id())).containsExactly(this.java);
		assertThat(all.get(third.id())).isEmpty();
	}

	@Test
	void deletingATargetOrASourceDeletesItsLinks() {
		this.tags.add(this.first, List.of(this.java, this.sql));
		this.tags.add(this.second, List.of(this.java));
		this.aggregates.deleteById(this.java.id(), Tag.class);
		assertThat(links()).containsExactly(tuple(this.first.id(), this.sql.id()));
		this.aggregates.deleteById(this.first.id(), Post.class);
		assertThat(links()).isEmpty();
	}

	@Test
	void concurrentAddsOfTheSameLinksInDifferentOrdersNeitherFailNorDeadlock() throws Exception {
		List<Tag> many = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			many.add(this.aggregates.insert(new Tag(null, "tag" + i)));
		}
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> adds = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				List<Tag> shuffled = new ArrayList<>(many);
				Collections.shuffle(shuffled, new java.util.Random(thread));
				adds.add(() -> {
					int calls = 0;
					for (int round = 0; round < 5; round++) {
						this.tags.add(this.first, shuffled);
						calls++;
					}
					return calls;
				});
			}
			int calls = 0;
			for (Future<Integer> result : executor.invokeAll(adds, 60, TimeUnit.SECONDS)) {
				calls += result.get();
			}
			assertThat(calls).isEqualTo(40);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(links())
			.containsExactlyElementsOf(many.stream().map((tag) -> tuple(this.first.id(), tag.id())).toList());
		assertThat(this.tags.count(this.first)).isEqualTo(20);
	}

	private List<org.assertj.core.groups.Tuple> links() {
		return this.jdbc.sql("SELECT post_id, tag_id FROM post_tags ORDER BY post_id, tag_id")
			.query((row, number) -> tuple(row.getLong(1), row.getLong(2)))
			.list();
	}

	/**
	 * Return the transaction that last wrote a link's row: a kept link keeps its row.
	 */
	private long linkVersion(Post post, Tag tag) {
		return ((Number) this.rows.value("SELECT xmin::text::bigint FROM post_tags WHERE post_id = ? AND tag_id = ?",
				post.id(), tag.id()))
			.longValue();
	}

}
