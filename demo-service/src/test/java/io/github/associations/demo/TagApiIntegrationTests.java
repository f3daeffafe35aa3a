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

import io.github.associations.demo.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The tags API over real HTTP ({@code Post.belongsToMany(Tag)} through
 * {@code post_tags}), checked in the responses, in the junction's rows and in the
 * statements sent.
 */
class TagApiIntegrationTests extends AbstractApiIntegrationTests {

	@Test
	void postingATagCreatesItAndItsNameIsUnique() {
		Response response = this.api.post("/tags", "{\"name\":\"java\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.location()).endsWith("/tags/" + response.id());
		assertThat(response.<String>json("$.name")).isEqualTo("java");
		assertProblem(this.api.post("/tags", "{\"name\":\"java\"}"), 409, "name is already taken");
		assertProblem(this.api.post("/tags", "{\"name\":\"\"}"), 400, "name: must not be blank");
		assertThat(this.tables.rows("SELECT name FROM tags")).extracting((row) -> row.get("name"))
			.containsExactly("java");
	}

	@Test
	void puttingTagIdsGivesThePostExactlyThoseTags() {
		long post = post("p");
		long java = tag("java");
		long sql = tag("sql");
		long spring = tag("spring");
		this.api.put("/posts/" + post + "/tags", "[" + java + "," + sql + "]");
		Response response = this.api.put("/posts/" + post + "/tags", "[" + spring + "," + sql + "]");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<String>>json("$[*].name")).containsExactly("spring", "sql");
		assertThat(links()).containsExactly(tuple(post, sql), tuple(post, spring));
		assertThat(this.api.put("/posts/" + post + "/tags", "[]").<List<Object>>json("$")).isEmpty();
		assertThat(links()).isEmpty();
	}

	@Test
	void unknownTagIdsAreNotFoundAndChangeNothing() {
		long post = post("p");
		long java = tag("java");
		this.api.put("/posts/" + post + "/tags", "[" + java + "]");
		assertProblem(this.api.put("/posts/" + post + "/tags", "[998," + java + ",999]"), 404,
				"Tags 998, 999 do not exist");
		assertThat(links()).containsExactly(tuple(post, java));
		assertProblem(this.api.put("/posts/999/tags", "[" + java + "]"), 404, "Post 999 does not exist");
		assertProblem(this.api.put("/posts/" + post + "/tags", "[0]"), 400,
				"tags: every tag id must be a positive number");
	}

	@Test
	void taggingIsIdempotentAndTakingATagOffDeletesOnlyItsLink() {
		long post = post("p");
		long java = tag("java");
		long sql = tag("sql");
		assertThat(this.api.post("/posts/" + post + "/tags/" + java, "").status()).isEqualTo(204);
		assertThat(this.api.post("/posts/" + post + "/tags/" + java, "").status()).isEqualTo(204);
		assertThat(this.api.post("/posts/" + post + "/tags/" + sql, "").status()).isEqualTo(204);
		assertThat(links()).containsExactly(tuple(post, java), tuple(post, sql));
		assertThat(this.api.delete("/posts/" + post + "/tags/" + java).status()).isEqualTo(204);
		assertThat(this.api.delete("/posts/" + post + "/tags/" + java).status()).isEqualTo(204);
		assertThat(links()).containsExactly(tuple(post, sql));
		assertThat(this.tables.rows("SELECT name FROM tags ORDER BY id")).hasSize(2);
		assertProblem(this.api.post("/posts/" + post + "/tags/999", ""), 404, "Tag 999 does not exist");
		assertProblem(this.api.post("/posts/999/tags/" + sql, ""), 404, "Post 999 does not exist");
		assertProblem(this.api.delete("/posts/999/tags/" + sql), 404, "Post 999 does not exist");
	}

	@Test
	void deletingAPostOrATagDeletesItsLinks() {
		long first = post("first");
		long second = post("second");
		long java = tag("java");
		long sql = tag("sql");
		this.api.put("/posts/" + first + "/tags", "[" + java + "," + sql + "]");
		this.api.put("/posts/" + second + "/tags", "[" + java + "]");
		assertThat(this.api.delete("/tags/" + java).status()).isEqualTo(204);
		assertThat(links()).containsExactly(tuple(first, sql));
		assertThat(this.api.delete("/posts/" + first).status()).isEqualTo(204);
		assertThat(links()).isEmpty();
		assertProblem(this.api.delete("/tags/" + java), 404, "Tag " + java + " does not exist");
		assertProblem(this.api.delete("/posts/" + first), 404, "Post " + first + " does not exist");
	}

	@Test
	void aPageOfPostsWithTheirTagsTakesThreeSelectsWhateverItsSize() {
		this.jdbc.sql("INSERT INTO posts (title, body) SELECT 'post ' || n, 'b' FROM generate_series(1, 200) AS n")
			.update();
		this.jdbc.sql("INSERT INTO tags (name) SELECT 'tag' || n FROM generate_series(1, 10) AS n").update();
		this.jdbc.sql("INSERT INTO post_tags SELECT p.id, t.id FROM posts p JOIN tags t ON t.id <= 5").update();
		for (String size : List.of("10", "100")) {
			this.statements.clear();
			Response response = this.api.get("/posts?include=tags&size=" + size);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.<List<Object>>json("$.content")).hasSize(Integer.parseInt(size));
			assertThat(response.<List<String>>json("$.content[0].tags[*].name")).containsExactly("tag1", "tag2", "tag3",
					"tag4", "tag5");
			assertThat(this.statements.sql()).hasSize(3).allSatisfy((sql) -> assertThat(sql).startsWith("SELECT"));
		}
		this.statements.clear();
		Response limited = this.api.get("/posts?include=tags&tags.limit=2&size=100");
		assertThat(limited.<List<List<Object>>>json("$.content[*].tags"))
			.allSatisfy((tags) -> assertThat(tags).hasSize(2));
		assertThat(this.statements.sql()).hasSize(3);
	}

	@Test
	void aTagComesWithItsNewestPostsWhenAsked() {
		long first = post("first");
		long second = post("second");
		long java = tag("java");
		this.api.post("/posts/" + first + "/tags/" + java, "");
		this.api.post("/posts/" + second + "/tags/" + java, "");
		Response response = this.api.get("/tags/" + java + "?include=posts");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.posts[*].title")).containsExactly("second", "first");
		assertThat(
				this.api.get("/tags/" + java + "?include=posts&posts.limit=1").<List<String>>json("$.posts[*].title"))
			.containsExactly("second");
		assertThat(this.api.get("/tags/" + java).body()).doesNotContain("posts");
		assertThat(this.api.get("/posts/" + first + "?include=tags").<List<String>>json("$.tags[*].name"))
			.containsExactly("java");
		assertProblem(this.api.get("/tags/999"), 404, "Tag 999 does not exist");
	}

	private List<org.assertj.core.groups.Tuple> links() {
		return this.tables.rows("SELECT post_id, tag_id FROM post_tags ORDER BY post_id, tag_id")
			.stream()
			.map((row) -> tuple(row.get("post_id"), row.get("tag_id")))
			.toList();
	}

	private long post(String title) {
		long author = this.api.post("/users", "{\"username\":\"author of " + title + "\"}").id();
		return this.api.post("/users/" + author + "/posts", "{\"title\":\"" + title + "\",\"body\":\"b\"}").id();
	}

	private long tag(String name) {
		return this.api.post("/tags", "{\"name\":\"" + name + "\"}").id();
	}

}
