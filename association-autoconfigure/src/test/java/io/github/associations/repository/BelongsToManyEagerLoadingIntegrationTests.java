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

import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Tag;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eager loading of belongsToMany associations: their targets read through the junction in
 * one select whatever the number of sources, a target linked with several sources loaded
 * for each.
 */
class BelongsToManyEagerLoadingIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	@As("tags")
	private BelongsToManyRepository<Post, Tag> tags;

	@Autowired
	private BelongsToManyRepository<Tag, Tag> related;

	@Autowired
	private HasManyRepository<User, Post> posts;

	@Autowired
	private StatementLog log;

	private Post first;

	private Post second;

	private Post third;

	private Tag java;

	private Tag sql;

	private Tag spring;

	@BeforeEach
	void createTaggedPosts() {
		this.first = this.aggregates.insert(new Post(null, null, "first", null));
		this.second = this.aggregates.insert(new Post(null, null, "second", null));
		this.third = this.aggregates.insert(new Post(null, null, "third", null));
		this.java = this.aggregates.insert(new Tag(null, "java"));
		this.sql = this.aggregates.insert(new Tag(null, "sql"));
		this.spring = this.aggregates.insert(new Tag(null, "spring"));
		this.tags.add(this.first, List.of(this.spring, this.java));
		this.tags.add(this.second, List.of(this.java, this.sql));
		this.log.clear();
	}

	@Test
	void everySourceGetsItsTargetsWithTwoStatementsAndASharedTargetGoesToEach() {
		List<Loaded<Post>> loaded = this.associations.load(Post.class).include("tags").sort(Sort.by("title")).all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(this.log.roundTrips().get(1)).contains("JOIN \"post_tags\"");
		assertThat(loaded).extracting(Loaded::entity).containsExactly(this.first, this.second, this.third);
		assertThat(loaded.get(0).getList("tags", Tag.class)).containsExactly(this.java, this.spring);
		assertThat(loaded.get(1).getList(this.tags)).containsExactly(this.java, this.sql);
		assertThat(loaded.get(2).getList("tags", Tag.class)).isEmpty();
	}

	@Test
	void theInverseSideReadsTheSameJunction() {
		List<Loaded<Tag>> loaded = this.associations.load(Tag.class).include("posts").sort(Sort.by("name")).all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(loaded).extracting(Loaded::entity).containsExactly(this.java, this.spring, this.sql);
		assertThat(loaded.get(0).getList("posts", Post.class)).containsExactly(this.first, this.second);
		assertThat(loaded.get(1).getList("posts", Post.class)).containsExactly(this.first);
		assertThat(loaded.get(2).getList("posts", Post.class)).containsExactly(this.second);
	}

	@Test
	void aTargetLinkedWithSeveralSourcesComesWithItsToOneIncludesForEach() {
		User alice = this.aggregates.insert(new User(null, "alice"));
		this.posts.add(alice, List.of(this.first, this.second));
		this.log.clear();
		List<Loaded<Tag>> loaded = this.associations.load(Tag.class)
			.include("posts", Include.optional().include("author"))
			.sort(Sort.by("name"))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		List<Loaded<Post>> javaPosts = loaded.get(0).loadedList("posts", Post.class);
		assertThat(javaPosts).extracting((post) -> post.entity().title()).containsExactly("first", "second");
		assertThat(javaPosts).allSatisfy((post) -> assertThat(post.get("author", User.class)).contains(alice));
		assertThat(loaded.get(1).loadedList("posts", Post.class)).singleElement()
			.satisfies((post) -> assertThat(post.get("author", User.class)).contains(alice));
	}

	@Test
	void nestedUnderAHasManyTheStatementsDoNotGrowWithTheNumberOfSources() {
		List<Object> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			User user = this.aggregates.insert(new User(null, "user" + i));
			Post post = this.posts.create(user, new Post(null, null, "p" + i, null));
			this.tags.add(post, (i % 2 == 0) ? List.of(this.java, this.sql) : List.of(this.spring));
			ids.add(user.id());
		}
		this.log.clear();
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts", Include.optional().include("tags"))
			.byIds(ids);
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT", "SELECT");
		assertThat(users).hasSize(30);
		for (int i = 0; i < 30; i++) {
			List<Loaded<Post>> userPosts = users.get(i).loadedList("posts", Post.class);
			assertThat(userPosts).singleElement()
				.satisfies((post) -> assertThat(post.getList("tags", Tag.class)).extracting(Tag::name)
					.containsExactlyElementsOf(ids.indexOf(post.entity().authorId()) % 2 == 0 ? List.of("java", "sql")
							: List.of("spring")));
		}
	}

	@Test
	void aPerSourceSortAndLimitTakeTheFirstTargetsOfEverySourceInOneStatement() {
		List<Loaded<Post>> loaded = this.associations.load(Post.class)
			.include("tags", Include.optional().sort(Sort.by("name").descending()).limit(1))
			.sort(Sort.by("title"))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(loaded.get(0).getList("tags", Tag.class)).containsExactly(this.spring);
		assertThat(loaded.get(1).getList("tags", Tag.class)).containsExactly(this.sql);
	}

	@Test
	void aRequiredIncludeLoadsOnlyTheSourcesWithMatchingTargets() {
		List<Loaded<Post>> loaded = this.associations.load(Post.class)
			.include("tags", Include.required().where(Criteria.where("name").is("sql")))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(loaded).extracting(Loaded::entity).containsExactly(this.second);
		assertThat(loaded.get(0).getList("tags", Tag.class)).containsExactly(this.sql);
	}

	@Test
	void aSelfAssociationReadsItsOwnJunction() {
		this.related.add(this.java, List.of(this.spring, this.sql));
		this.related.add(this.spring, List.of(this.java));
		List<Loaded<Tag>> loaded = this.associations.load(Tag.class).include("related").sort(Sort.by("name")).all();
		assertThat(loaded.get(0).getList("related", Tag.class)).containsExactly(this.sql, this.spring);
		assertThat(loaded.get(1).getList("related", Tag.class)).containsExactly(this.java);
		assertThat(loaded.get(2).getList("related", Tag.class)).isEmpty();
	}

}
