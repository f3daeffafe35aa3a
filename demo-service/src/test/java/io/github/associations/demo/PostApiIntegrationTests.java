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

package io.github.associations.demo;

import java.util.List;
import java.util.Map;

import io.github.associations.demo.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The posts API over real HTTP ({@code User.hasMany(Post)}), checked in the responses, in
 * the database and in the statements sent.
 */
class PostApiIntegrationTests extends AbstractApiIntegrationTests {

	@Test
	void postingAPostCreatesItWithItsAuthor() {
		long alice = user("alice");
		Response response = this.api.post("/users/" + alice + "/posts", "{\"title\":\"t\",\"body\":\"b\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.location()).endsWith("/posts/" + response.id());
		assertThat(response.<Integer>json("$.authorId")).isEqualTo((int) alice);
		assertThat(this.tables.rows("SELECT title, body, author_id FROM posts"))
			.extracting((row) -> row.get("title"), (row) -> row.get("body"), (row) -> row.get("author_id"))
			.containsExactly(tuple("t", "b", alice));
		assertProblem(this.api.post("/users/999/posts", "{\"title\":\"t\",\"body\":\"b\"}"), 404,
				"User 999 does not exist");
		assertProblem(this.api.post("/users/" + alice + "/posts", "{\"title\":\"\",\"body\":\"b\"}"), 400,
				"title: must not be blank");
	}

	@Test
	void aUsersPostsArePaginatedNewestFirst() {
		long alice = user("alice");
		long bob = user("bob");
		for (int i = 0; i < 5; i++) {
			post(alice, "a" + i);
		}
		post(bob, "b");
		Response first = this.api.get("/users/" + alice + "/posts?size=2");
		assertThat(first.<List<String>>json("$.content[*].title")).containsExactly("a4", "a3");
		assertThat(first.<Map<String, Object>>json("$.page"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("size", 2, "number", 0, "totalElements", 5, "totalPages", 3));
		assertThat(this.api.get("/users/" + alice + "/posts?size=2&page=2").<List<String>>json("$.content[*].title"))
			.containsExactly("a0");
	}

	@Test
	void puttingPostIdsMakesTheUserTheAuthorOfExactlyThosePosts() {
		long alice = user("alice");
		long bob = user("bob");
		long kept = post(alice, "kept");
		long dropped = post(alice, "dropped");
		long taken = post(bob, "taken");
		Response response = this.api.put("/users/" + alice + "/posts", "[" + kept + "," + taken + "]");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<String>>json("$[*].title")).containsExactly("taken", "kept");
		assertThat(this.tables.rows("SELECT title, author_id FROM posts ORDER BY id"))
			.extracting((row) -> row.get("title"), (row) -> row.get("author_id"))
			.containsExactly(tuple("kept", alice), tuple("dropped", null), tuple("taken", alice));
		assertThat(dropped).isPositive();
	}

	@Test
	void unknownPostIdsAreNotFoundAndChangeNothing() {
		long alice = user("alice");
		long kept = post(alice, "kept");
		assertProblem(this.api.put("/users/" + alice + "/posts", "[" + kept + ",998,999]"), 404,
				"Posts 998, 999 do not exist");
		assertThat(this.tables.rows("SELECT author_id FROM posts")).extracting((row) -> row.get("author_id"))
			.containsExactly(alice);
		assertProblem(this.api.put("/users/" + alice + "/posts", "[0]"), 400,
				"posts: every post id must be a positive number");
	}

	@Test
	void deletingAPostOfAUserUnlinksItAndKeepsIt() {
		long alice = user("alice");
		long post = post(alice, "p");
		assertThat(this.api.delete("/users/" + alice + "/posts/" + post).status()).isEqualTo(204);
		assertThat(this.tables.rows("SELECT author_id FROM posts")).extracting((row) -> row.get("author_id"))
			.containsExactly((Object) null);
		assertProblem(this.api.delete("/users/" + alice + "/posts/" + post), 404,
				"User " + alice + " has no post " + post);
	}

	@Test
	void aPostComesWithItsAuthorWhenAsked() {
		long alice = user("alice");
		long post = post(alice, "p");
		Response response = this.api.get("/posts/" + post + "?include=author");
		assertThat(response.<String>json("$.author.username")).isEqualTo("alice");
		assertThat(this.api.get("/posts/" + post).body()).doesNotContain("author\"");
	}

	@Test
	void aPageOfUsersWithTheirPostsTakesThreeSelectsWhateverItsSize() {
		this.jdbc.sql("INSERT INTO users (username) SELECT 'user' || n FROM generate_series(1, 200) AS n").update();
		this.jdbc
			.sql("INSERT INTO posts (title, body, author_id) SELECT 'post ' || n, 'b', u.id FROM users u "
					+ "CROSS JOIN generate_series(1, 5) AS n")
			.update();
		for (String size : List.of("10", "100")) {
			this.statements.clear();
			Response response = this.api.get("/users?include=posts&size=" + size);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.<List<Object>>json("$.content")).hasSize(Integer.parseInt(size));
			assertThat(response.<List<Object>>json("$.content[0].posts")).hasSize(5);
			assertThat(this.statements.sql()).hasSize(3).allSatisfy((sql) -> assertThat(sql).startsWith("SELECT"));
		}
		this.statements.clear();
		Response limited = this.api.get("/users?include=posts&posts.limit=3&size=100");
		assertThat(limited.<List<Integer>>json("$.content[0].posts[*].id")).hasSize(3)
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(limited.<List<List<Object>>>json("$.content[*].posts"))
			.allSatisfy((posts) -> assertThat(posts).hasSize(3));
		assertThat(this.statements.sql()).hasSize(3);
	}

	@Test
	void aUserComesWithItsNewestPosts() {
		long alice = user("alice");
		for (int i = 0; i < 25; i++) {
			post(alice, "p" + i);
		}
		Response response = this.api.get("/users/" + alice + "?include=posts");
		assertThat(response.<List<String>>json("$.posts[*].title")).hasSize(20).first().isEqualTo("p24");
		assertThat(this.api.get("/users/" + alice + "?include=posts&posts.limit=1000").<List<Object>>json("$.posts"))
			.hasSize(25);
		assertProblem(this.api.get("/users/" + alice + "?include=posts&posts.limit=0"), 400,
				"posts.limit: must be from 1 to 2147483647");
	}

	private long user(String username) {
		return this.api.post("/users", "{\"username\":\"" + username + "\"}").id();
	}

	private long post(long user, String title) {
		return this.api.post("/users/" + user + "/posts", "{\"title\":\"" + title + "\",\"body\":\"b\"}").id();
	}

}
