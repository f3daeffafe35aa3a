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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.demo.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests get 400, 404, 405, 413 or 415 problems, never a 500, and change
 * nothing in the database.
 */
@ApiIntegrationTest
class HostileRequestsIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DemoTables tables;

	private Api api;

	private long alice;

	@BeforeEach
	void createAUser() {
		this.api = new Api(this.port);
		this.tables.empty();
		this.alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"hi\"}}").id();
	}

	@Test
	void hostileBodiesAreBadRequestsThatChangeNothing() {
		Map<String, List<String>> database = snapshot();
		List<Response> responses = new ArrayList<>();
		for (String body : List.of("{", "[]", "\"alice\"", "null", "", "{\"username\":{\"nested\":1}}",
				"{\"username\":[\"a\"]}", "{\"username\":\"bob\",\"profile\":\"hi\"}",
				"{\"username\":\"'; DROP TABLE users; --\", \"profile\":{\"bio\":null}}",
				"{\"username\":\"" + "x".repeat(10_000) + "\"}")) {
			responses.add(this.api.post("/users", body));
		}
		for (String body : List.of("{\"id\":\"1; DROP TABLE profiles\"}", "{\"id\":1.5}",
				"{\"id\":99999999999999999999}", "{\"id\":-1}", "{\"id\":true}", "")) {
			responses.add(this.api.put("/users/" + this.alice + "/profile", body));
		}
		for (String body : List.of("{\"id\":[1]}", "{\"id\":\"abc\"}", "{\"id\":0}")) {
			responses.add(this.api.put("/profiles/1/user", body));
		}
		responses.add(this.api.put("/users/" + this.alice + "/passport", "{\"number\":\"" + "9".repeat(21) + "\"}"));
		for (Response response : responses) {
			assertThat(response.status()).as(response.body()).isEqualTo(400);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		}
		assertThat(snapshot()).isEqualTo(database);
	}

	@Test
	void textThatCannotBeStoredAsGivenIsABadRequestNamingTheField() {
		Map<String, List<String>> database = snapshot();
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("{\"username\":\"a\\u0000b\"}", "username: must not contain a NUL character");
		bodies.put("{\"username\":\"\\ud800\"}", "username: must not contain an unpaired surrogate (invalid UTF-16)");
		bodies.put("{\"username\":\"x\\udc00y\"}", "username: must not contain an unpaired surrogate (invalid UTF-16)");
		bodies.put("{\"username\":\"ali\\u202Eecila\"}",
				"username: must not contain control, formatting or line-separating characters (found U+202E)");
		bodies.put("{\"username\":\"bell\\u0007\"}",
				"username: must not contain control, formatting or line-separating characters (found U+0007)");
		bodies.put("{\"username\":\"zero\\u200Bwidth\"}",
				"username: must not contain control, formatting or line-separating characters (found U+200B)");
		bodies.put("{\"username\":\"tag\\uDB40\\uDC01\"}",
				"username: must not contain control, formatting or line-separating characters (found U+E0001)");
		bodies.put("{\"username\":\"\\u00A0\\u3000\\u2003\"}", "username: must not be blank");
		bodies.put("{\"username\":\"\\u3164\\u2800\"}", "username: must not be blank");
		bodies.put("{\"username\":12345}", "username: has the wrong type or format");
		bodies.put("{\"username\":true}", "username: has the wrong type or format");
		bodies.put("{\"username\":\"a\",\"username\":\"b\"}", "username: is given more than once");
		bodies.put("{\"username\":\"carol\",\"profile\":{\"bio\":\"nul\\u0000\"}}",
				"profile.bio: must not contain a NUL character");
		Map<String, String> answers = new LinkedHashMap<>();
		bodies.forEach((body, detail) -> {
			Response response = this.api.post("/users", body);
			answers.put(body, response.status() + " " + response.contentType() + " "
					+ (response.contentType().startsWith("application/problem+json") ? response.json("$.detail") : ""));
		});
		Map<String, String> expected = new LinkedHashMap<>();
		bodies.forEach((body, detail) -> expected.put(body, "400 application/problem+json " + detail));
		assertThat(answers).isEqualTo(expected);
		assertThat(this.api.post("/users", "{\"username\":\"ok \\uD83D\\uDE00\"}").status()).isEqualTo(201);
		assertThat(snapshot().get("profiles")).isEqualTo(database.get("profiles"));
	}

	@Test
	void hostileIdsAreNotFoundOrBadRequests() {
		assertThat(this.api.get("/users/-1").status()).isEqualTo(400);
		assertThat(this.api.get("/users/0").status()).isEqualTo(404);
		assertThat(this.api.get("/users/" + Long.MAX_VALUE).status()).isEqualTo(404);
		assertThat(this.api.get("/users/99999999999999999999").status()).isEqualTo(400);
		assertThat(this.api.get("/users/abc").status()).isEqualTo(400);
		assertThat(this.api.get("/users/1%20OR%201=1").status()).isEqualTo(400);
		assertThat(this.api.delete("/users/-1").status()).isEqualTo(400);
		assertThat(this.api.put("/profiles/" + Long.MIN_VALUE + "/user", "{\"id\":null}").status()).isEqualTo(400);
		assertThat(this.api.get("/users?include=profile;DROP").status()).isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isOne();
	}

	@Test
	void oversizedBodiesAreRefused() throws Exception {
		String large = "{\"username\":\"" + "x".repeat(100_000) + "\"}";
		Response declared = this.api.post("/users", large);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.contentType()).isEqualTo("application/problem+json");
		assertThat(declared.<String>json("$.detail")).isEqualTo("The request body is larger than 65536 bytes");
		HttpResponse<String> chunked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/users"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(large)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(this.jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isOne();
	}

	@Test
	void wrongMethodsAndMediaTypesAreProblemsToo() throws Exception {
		assertThat(this.api.post("/users/1", "{}").status()).isEqualTo(405);
		HttpResponse<String> text = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/users"))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString("alice"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(text.statusCode()).isEqualTo(415);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public int available() {
				return 0;
			}

		};
	}

	private Map<String, List<String>> snapshot() {
		return Map.of("users",
				this.jdbc.sql("SELECT id || ':' || username FROM users ORDER BY id").query(String.class).list(),
				"profiles",
				this.jdbc
					.sql("SELECT id || ':' || bio || ':' || coalesce(user_id::text, '-') FROM profiles ORDER BY id")
					.query(String.class)
					.list(),
				"passports",
				this.jdbc.sql("SELECT id || ':' || number FROM passports ORDER BY id").query(String.class).list());
	}

}
