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
import java.util.Comparator;
import java.util.List;

import io.github.associations.repository.RepositoryTestApplication.Comment;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Eager loading of to-many associations: one select for the sources and one per included
 * to-many association, whatever the number of sources.
 */
class ToManyEagerLoadingIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private HasManyRepository<User, Post> posts;

	@Autowired
	private HasManyRepository<User, Comment> comments;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private StatementLog log;

	private User alice;

	private User bob;

	private User carol;

	@BeforeEach
	void createUsersWithPosts() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.bob = this.aggregates.insert(new User(null, "bob"));
		this.carol = this.aggregates.insert(new User(null, "carol"));
		for (String title : List.of("a2", "a1", "a3")) {
			this.posts.create(this.alice, new Post(null, null, title, null));
		}
		this.posts.create(this.bob, new Post(null, null, "b1", null));
		this.log.clear();
	}

	@Test
	void everySourceGetsItsTargetsInIdOrderWithTwoStatements() {
		List<Loaded<User>> users = this.associations.load(User.class).include("posts").sort(Sort.by("username")).all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(users).extracting(Loaded::entity).containsExactly(this.alice, this.bob, this.carol);
		assertThat(users.get(0).getList("posts", Post.class)).extracting(Post::title).containsExactly("a2", "a1", "a3");
		assertThat(users.get(0).getList("posts", Post.class)).extracting(Post::authorId).containsOnly(this.alice.id());
		assertThat(users.get(1).getList(this.posts)).extracting(Post::title).containsExactly("b1");
		assertThat(users.get(2).getList("posts", Post.class)).isEmpty();
	}

	@Test
	void theNumberOfStatementsDoesNotGrowWithTheNumberOfSources() {
		List<Object> ids = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			User user = this.aggregates.insert(new User(null, "user" + i));
			this.posts.create(user, new Post(null, null, "p" + i, null));
			this.comments.create(user, new Comment(null, "c" + i));
			ids.add(user.id());
		}
		this.log.clear();
		List<Loaded<User>> users = this.associations.load(User.class)
			.include(this.posts)
			.include("comments")
			.byIds(ids);
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT", "SELECT");
		assertThat(users).hasSize(50)
			.allSatisfy((user) -> assertThat(user.getList("posts", Post.class)).singleElement()
				.extracting(Post::authorId)
				.isEqualTo(user.entity().id()))
			.allSatisfy((user) -> assertThat(user.getList("comments", Comment.class)).hasSize(1));
	}

	@Test
	void aPerSourceSortAndLimitTakeTheFirstTargetsOfEverySourceInOneStatement() {
		this.posts.create(this.bob, new Post(null, null, "b2", null));
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts", Include.optional().sort(Sort.by("title").descending()).limit(2))
			.sort(Sort.by("username"))
			.all();
		assertThat(this.log.statements()).hasSize(3);
		assertThat(users.get(0).getList("posts", Post.class)).extracting(Post::title).containsExactly("a3", "a2");
		assertThat(users.get(1).getList("posts", Post.class)).extracting(Post::title).containsExactly("b2", "b1");
	}

	@Test
	void aLimitOnTheSourcesCountsSourcesNotTargets() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts")
			.sort(Sort.by("username"))
			.limit(2)
			.all();
		assertThat(users).extracting(Loaded::entity).containsExactly(this.alice, this.bob);
		assertThat(users.get(0).getList("posts", Post.class)).hasSize(3);
	}

	@Test
	void aRequiredToManyIncludeLoadsOnlyTheSourcesWithMatchingTargets() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts", Include.required().where(Criteria.where("title").like("a%")))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(users).extracting(Loaded::entity).containsExactly(this.alice);
		assertThat(users.get(0).getList("posts", Post.class)).hasSize(3);
	}

	@Test
	void aRequiredIncludeInsideARequiredToManyIncludeFiltersTheSourcesToo() {
		Post bobsPost = this.posts.get(this.bob).get(0);
		this.posts.add(this.carol, bobsPost);
		this.jdbc.sql("UPDATE posts SET title = 'moved' WHERE id = ?").param(bobsPost.id()).update();
		this.log.clear();
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts",
					Include.required()
						.include("author", Include.required().where(Criteria.where("username").is("carol"))))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(users).extracting(Loaded::entity).containsExactly(this.carol);
		assertThat(users.get(0).getList("posts", Post.class)).extracting(Post::title).containsExactly("moved");
	}

	@Test
	void aFilterOnAnOptionalToManyIncludeFiltersTheTargetsOnly() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts", Include.optional().where(Criteria.where("title").is("a1")))
			.sort(Sort.by("username"))
			.all();
		assertThat(users).hasSize(3);
		assertThat(users.get(0).getList("posts", Post.class)).extracting(Post::title).containsExactly("a1");
		assertThat(users.get(1).getList("posts", Post.class)).isEmpty();
	}

	@Test
	void eachTargetComesWithItsOwnToOneTargets() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts", Include.optional().include("author"))
			.sort(Sort.by("username"))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		assertThat(users.get(0).loadedList("posts", Post.class))
			.allSatisfy((post) -> assertThat(post.get("author", User.class)).contains(this.alice));
		assertThat(users.get(1).loadedList("posts", Post.class))
			.allSatisfy((post) -> assertThat(post.get("author", User.class)).contains(this.bob));
	}

	@Test
	void aToManyIncludeInsideAToOneIncludeLoadsTheTargetsOfTheToOneTargets() {
		Profile profile = this.profiles.create(this.alice, new Profile(null, "hi"));
		this.log.clear();
		Loaded<Profile> loaded = this.associations.load(Profile.class)
			.include("user", Include.optional().include("posts", Include.optional().limit(1)))
			.byId(profile.id())
			.orElseThrow();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		Loaded<User> user = loaded.loaded("user", User.class).orElseThrow();
		assertThat(user.getList("posts", Post.class)).extracting(Post::title).containsExactly("a2");
	}

	@Test
	void aSortOrALimitOnAToOneIncludeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.associations.load(User.class).include("profile", Include.optional().limit(1)))
			.withMessage("User.profile is a to-one association; sort and limit of an include apply to to-many "
					+ "associations only");
		assertThatIllegalArgumentException().isThrownBy(() -> this.associations.load(Post.class)
			.include("author", Include.optional().include("profile", Include.optional().sort(Sort.by("bio")))));
	}

	@Test
	void theSameSelectServesEveryPerSourceLimit() {
		for (int limit = 1; limit <= 3; limit++) {
			List<Loaded<User>> users = this.associations.load(User.class)
				.include("posts", Include.optional().limit(limit))
				.sort(Sort.by("username"))
				.all();
			assertThat(users.get(0).getList("posts", Post.class)).hasSize(limit);
		}
		List<String> selects = this.log.roundTrips()
			.stream()
			.filter((sql) -> sql.contains("associations_rank"))
			.distinct()
			.toList();
		assertThat(selects).hasSize(1);
	}

	@Test
	void anIncludeWithoutLimitOrdersItsTargetsWithoutRankingThem() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("posts", Include.optional().sort(Sort.by(Sort.Direction.DESC, "title")))
			.sort(Sort.by("username"))
			.all();
		List<String> postSelects = this.log.roundTrips()
			.stream()
			.filter((sql) -> sql.contains("FROM \"posts\""))
			.toList();
		assertThat(postSelects).singleElement().satisfies((sql) -> assertThat(sql).doesNotContain("row_number"));
		List<String> titles = users.get(0).getList("posts", Post.class).stream().map(Post::title).toList();
		assertThat(titles).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void readingAToOneTargetAsAListIsRefused() {
		Loaded<User> alice = this.associations.load(User.class)
			.include("profile")
			.include("posts")
			.byId(this.alice.id())
			.orElseThrow();
		assertThatIllegalArgumentException().isThrownBy(() -> alice.getList("profile", Profile.class))
			.withMessage("User.profile is a to-one association; read it with get(\"profile\", ...)");
		assertThatIllegalArgumentException().isThrownBy(() -> alice.getList("comments", Comment.class))
			.withMessage("User.comments was not included as a to-many association; include it in the query: [posts]");
	}

}
