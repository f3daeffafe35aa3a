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

import io.github.associations.demo.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profiles API over real HTTP, checked in the responses and in the database.
 */
class ProfileApiIntegrationTests extends AbstractApiIntegrationTests {

	@Test
	void postProfileCreatesAnUnlinkedProfile() {
		Response response = this.api.post("/profiles", "{\"bio\":\"x\"}");
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.location()).endsWith("/profiles/" + response.id());
		assertThat(response.body()).isEqualTo("{\"id\":" + response.id() + ",\"bio\":\"x\",\"userId\":null}");
		assertThat(this.tables.rows("SELECT bio, user_id FROM profiles")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("bio", "x").containsEntry("user_id", null));
	}

	@Test
	void getProfileIncludesItsUserOrNull() {
		long profile = this.api.post("/profiles", "{\"bio\":\"x\"}").id();
		assertThat(this.api.get("/profiles/" + profile + "?include=user").<Object>json("$.user")).isNull();
		assertThat(this.api.get("/profiles/" + profile + "?include=user").body()).contains("\"user\":null");
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		this.api.put("/profiles/" + profile + "/user", "{\"id\":" + alice + "}");
		assertThat(this.api.get("/profiles/" + profile + "?include=user").<String>json("$.user.username"))
			.isEqualTo("alice");
	}

	@Test
	void putUserSetsAndUnsetsTheProfilesUser() {
		long profile = this.api.post("/profiles", "{\"bio\":\"x\"}").id();
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		Response linked = this.api.put("/profiles/" + profile + "/user", "{\"id\":" + alice + "}");
		assertThat(linked.status()).isEqualTo(200);
		assertThat(((Number) linked.json("$.userId")).longValue()).isEqualTo(alice);
		assertThat(value("SELECT user_id FROM profiles WHERE id = " + profile)).isEqualTo(alice);
		Response unlinked = this.api.put("/profiles/" + profile + "/user", "{\"id\":null}");
		assertThat(unlinked.status()).isEqualTo(200);
		assertThat(unlinked.<Object>json("$.userId")).isNull();
		assertThat(value("SELECT user_id FROM profiles WHERE id = " + profile)).isNull();
	}

	@Test
	void aUsersPreviousProfileIsUnlinkedWhenAnotherProfileTakesTheUser() {
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"first\"}}").id();
		long second = this.api.post("/profiles", "{\"bio\":\"second\"}").id();
		this.api.put("/profiles/" + second + "/user", "{\"id\":" + alice + "}");
		assertThat(this.api.get("/users/" + alice + "/profile").<String>json("$.bio")).isEqualTo("second");
		assertThat(value("SELECT count(*) FROM profiles WHERE user_id IS NULL")).isEqualTo(1L);
	}

	@Test
	void unknownIdsAreNotFoundProblems() {
		assertThat(this.api.get("/profiles/99").status()).isEqualTo(404);
		assertThat(this.api.put("/profiles/99/user", "{\"id\":null}").<String>json("$.detail"))
			.isEqualTo("Profile 99 does not exist");
		long profile = this.api.post("/profiles", "{\"bio\":\"x\"}").id();
		Response missingUser = this.api.put("/profiles/" + profile + "/user", "{\"id\":99}");
		assertThat(missingUser.status()).isEqualTo(404);
		assertThat(missingUser.<String>json("$.detail")).isEqualTo("User 99 does not exist");
	}

	@Test
	void invalidRequestsAreBadRequestProblemsNamingTheField() {
		Response blank = this.api.post("/profiles", "{\"bio\":\"\"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.<String>json("$.detail")).isEqualTo("bio: must not be blank");
		Response oversized = this.api.post("/profiles", "{\"bio\":\"" + "b".repeat(501) + "\"}");
		assertThat(oversized.<String>json("$.detail")).isEqualTo("bio: size must be between 0 and 500");
		Response negative = this.api.put("/profiles/1/user", "{\"id\":-3}");
		assertThat(negative.<String>json("$.detail")).isEqualTo("id: must be greater than 0");
		assertThat(this.tables.rows("SELECT * FROM profiles")).isEmpty();
	}

	private Object value(String sql) {
		return this.tables.rows(sql).get(0).values().iterator().next();
	}

}
