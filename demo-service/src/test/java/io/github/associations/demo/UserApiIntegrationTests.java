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
 * The users API over real HTTP, checked in the responses and in the database.
 */
class UserApiIntegrationTests extends AbstractApiIntegrationTests {

	@Test
	void postUserCreatesItAndSaysWhere() {
		Response response = this.api.post("/users", "{\"username\":\"alice\"}");
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.location()).endsWith("/users/" + response.id());
		assertThat(response.<String>json("$.username")).isEqualTo("alice");
		assertThat(this.tables.rows("SELECT id, username FROM users"))
			.containsExactly(Map.of("id", response.id(), "username", "alice"));
	}

	@Test
	void postUserWithAProfileCreatesAndLinksBoth() {
		Response response = this.api.post("/users", "{\"username\":\"bob\",\"profile\":{\"bio\":\"hi\"}}");
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.<String>json("$.profile.bio")).isEqualTo("hi");
		assertThat(((Number) response.json("$.profile.userId")).longValue()).isEqualTo(response.id());
		assertThat(this.tables.rows("SELECT bio, user_id FROM profiles"))
			.containsExactly(Map.of("bio", "hi", "user_id", response.id()));
	}

	@Test
	void getUserIncludesTheRequestedAssociations() {
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"hi\"}}").id();
		this.api.put("/users/" + alice + "/passport", "{\"number\":\"X1\"}");
		assertThat(this.api.get("/users/" + alice).body()).isEqualTo("{\"id\":" + alice + ",\"username\":\"alice\"}");
		Response withProfile = this.api.get("/users/" + alice + "?include=profile");
		assertThat(withProfile.<String>json("$.profile.bio")).isEqualTo("hi");
		assertThat(withProfile.body()).doesNotContain("passport");
		Response withBoth = this.api.get("/users/" + alice + "?include=profile,passport");
		assertThat(withBoth.<String>json("$.passport.number")).isEqualTo("X1");
		long bob = this.api.post("/users", "{\"username\":\"bob\"}").id();
		assertThat(this.api.get("/users/" + bob + "?include=passport").body())
			.isEqualTo("{\"id\":" + bob + ",\"username\":\"bob\",\"passport\":null}");
	}

	@Test
	void getUsersLoadsAPageOfUsersWithTheirProfilesInOneQueryAndCountsThemInAnother() {
		for (int i = 0; i < 50; i++) {
			this.api.post("/users", "{\"username\":\"user" + i + "\""
					+ ((i % 2 == 0) ? ",\"profile\":{\"bio\":\"bio" + i + "\"}" : "") + "}");
		}
		this.statements.clear();
		Response response = this.api.get("/users?include=profile");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<Object>>json("$.content")).hasSize(20);
		assertThat(response.<String>json("$.content[0].profile.bio")).isEqualTo("bio0");
		assertThat(response.<Object>json("$.content[1].profile")).isNull();
		assertThat(response.<Map<String, Object>>json("$.page"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("size", 20, "number", 0, "totalElements", 50, "totalPages", 3));
		assertThat(this.statements.sql()).hasSize(2).allSatisfy((sql) -> assertThat(sql).startsWith("SELECT"));
		Response last = this.api.get("/users?page=2&size=20");
		assertThat(last.<List<String>>json("$.content[*].username")).hasSize(10).first().isEqualTo("user40");
	}

	@Test
	void aPageLargerThanTheLimitIsCappedAndAnInvalidPageIsABadRequest() {
		for (int i = 0; i < 3; i++) {
			this.api.post("/users", "{\"username\":\"user" + i + "\"}");
		}
		assertThat(this.api.get("/users?size=100000").<Integer>json("$.page.size")).isEqualTo(100);
		assertProblem(this.api.get("/users?page=-1"), 400,
				"page: must be a decimal number of ASCII digits without " + "sign or leading zeros");
		assertProblem(this.api.get("/users?size=0"), 400, "size: must be from 1 to 2147483647");
	}

	@Test
	void idsAreReadOnlyInTheirCanonicalForm() {
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		assertThat(this.api.get("/users/" + alice).status()).isEqualTo(200);
		// The last is an Arabic-Indic digit one, which Java's own parsing reads as 1
		for (String other : List.of("0x" + Long.toHexString(alice), "+" + alice, "0" + alice, "%D9%A1")) {
			assertProblem(this.api.get("/users/" + other), 400,
					"id: must be a decimal number of ASCII digits without sign or leading zeros");
		}
	}

	@Test
	void getTheProfileOfAUser() {
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"hi\"}}").id();
		long bob = this.api.post("/users", "{\"username\":\"bob\"}").id();
		assertThat(this.api.get("/users/" + alice + "/profile").<String>json("$.bio")).isEqualTo("hi");
		Response none = this.api.get("/users/" + bob + "/profile");
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.<String>json("$.detail")).isEqualTo("User " + bob + " has no profile");
	}

	@Test
	void putAnExistingProfileLinksItAndUnlinksThePreviousOne() {
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"old\"}}").id();
		long profile = this.api.post("/profiles", "{\"bio\":\"new\"}").id();
		Response response = this.api.put("/users/" + alice + "/profile", "{\"id\":" + profile + "}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.bio")).isEqualTo("new");
		List<Map<String, Object>> profiles = this.tables.rows("SELECT bio, user_id FROM profiles ORDER BY id");
		assertThat(profiles).extracting((row) -> row.get("bio"), (row) -> row.get("user_id"))
			.containsExactly(tuple("old", null), tuple("new", alice));
	}

	@Test
	void putANewProfileCreatesAndLinksIt() {
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		Response response = this.api.put("/users/" + alice + "/profile", "{\"bio\":\"fresh\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(((Number) response.json("$.userId")).longValue()).isEqualTo(alice);
		assertThat(this.tables.rows("SELECT bio, user_id FROM profiles"))
			.containsExactly(Map.of("bio", "fresh", "user_id", alice));
	}

	@Test
	void deleteTheProfileKeepsItsRowUnlinked() {
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"hi\"}}").id();
		assertThat(this.api.delete("/users/" + alice + "/profile").status()).isEqualTo(204);
		assertThat(this.jdbc.sql("SELECT count(*) FROM profiles WHERE user_id IS NULL").query(Long.class).single())
			.isOne();
	}

	@Test
	void putAPassportCreatesItAndDeletesThePreviousOne() {
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		assertThat(this.api.put("/users/" + alice + "/passport", "{\"number\":\"X1\"}").<String>json("$.number"))
			.isEqualTo("X1");
		assertThat(this.api.put("/users/" + alice + "/passport", "{\"number\":\"X2\"}").status()).isEqualTo(200);
		assertThat(this.tables.rows("SELECT number, holder_id FROM passports"))
			.containsExactly(Map.of("number", "X2", "holder_id", alice));
	}

	@Test
	void deleteAUserUnlinksTheProfileAndDeletesThePassport() {
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"hi\"}}").id();
		this.api.put("/users/" + alice + "/passport", "{\"number\":\"X1\"}");
		assertThat(this.api.delete("/users/" + alice).status()).isEqualTo(204);
		assertThat(this.tables.rows("SELECT bio FROM profiles WHERE user_id IS NULL"))
			.containsExactly(Map.of("bio", "hi"));
		assertThat(this.tables.rows("SELECT * FROM passports")).isEmpty();
		assertThat(this.tables.rows("SELECT * FROM users")).isEmpty();
	}

	@Test
	void unknownIdsAreNotFoundProblems() {
		for (Response response : List.of(this.api.get("/users/99"), this.api.get("/users/99/profile"),
				this.api.put("/users/99/profile", "{\"bio\":\"x\"}"), this.api.delete("/users/99/profile"),
				this.api.put("/users/99/passport", "{\"number\":\"X1\"}"), this.api.delete("/users/99"))) {
			assertThat(response.status()).as(response.body()).isEqualTo(404);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.<String>json("$.detail")).isEqualTo("User 99 does not exist");
		}
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		Response missingProfile = this.api.put("/users/" + alice + "/profile", "{\"id\":99}");
		assertThat(missingProfile.status()).isEqualTo(404);
		assertThat(missingProfile.<String>json("$.detail")).isEqualTo("Profile 99 does not exist");
		assertThat(this.tables.rows("SELECT * FROM profiles")).isEmpty();
	}

	@Test
	void invalidRequestsAreBadRequestProblemsNamingTheField() {
		assertProblem(this.api.post("/users", "{\"username\":\"\"}"), 400, "username: must not be blank");
		assertProblem(this.api.post("/users", "{}"), 400, "username: must not be blank");
		assertProblem(this.api.post("/users", "{\"username\":\"" + "a".repeat(41) + "\"}"), 400,
				"username: size must be between 0 and 40");
		assertProblem(this.api.post("/users", "{\"username\":\"bob\",\"profile\":{\"bio\":\" \"}}"), 400,
				"profile.bio: must not be blank");
		assertProblem(this.api.post("/users", "{\"username\":"), 400,
				"The request body is not valid JSON for this request");
		assertProblem(this.api.put("/users/1/profile", "{\"id\":\"seven\"}"), 400, "id: has the wrong type or format");
		assertProblem(this.api.put("/users/1/profile", "{}"), 400,
				"id: give either the id of an existing profile or the bio of a new one");
		assertProblem(this.api.get("/users?include=friends"), 400,
				"include: cannot include 'friends'; use passport or posts or profile");
		assertThat(this.tables.rows("SELECT * FROM users")).isEmpty();
	}

	@Test
	void conflictsAreConflictProblems() {
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		assertProblem(this.api.post("/users", "{\"username\":\"alice\"}"), 409, "username is already taken");
		long bob = this.api.post("/users", "{\"username\":\"bob\"}").id();
		this.api.put("/users/" + alice + "/passport", "{\"number\":\"X1\"}");
		Response taken = this.api.put("/users/" + bob + "/passport", "{\"number\":\"X1\"}");
		assertProblem(taken, 409, "number is already in use");
		assertThat(taken.<Boolean>json("$.retryable")).isFalse();
		assertThat(this.tables.rows("SELECT number, holder_id FROM passports"))
			.containsExactly(Map.of("number", "X1", "holder_id", alice));
	}

}
