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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.github.associations.devserver.EmbeddedPostgresServer;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedPostgres
class DemoServiceIntegrationTests {

	private static final String JSON_BLOCK = "```json\n";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void healthIsUpOnceTheDatabaseIsReachable() {
		ResponseEntity<String> response = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/health")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(JsonPath.<String>read(response.getBody(), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(response.getBody(), "$.components.db.status")).isEqualTo("UP");
	}

	@Test
	void readinessReflectsTheDatabaseAndLivenessDoesNot() {
		RestClient client = RestClient.create("http://localhost:" + this.port);
		String readiness = client.get().uri("/actuator/health/readiness").retrieve().body(String.class);
		assertThat(JsonPath.<String>read(readiness, "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(readiness, "$.components.db.status")).isEqualTo("UP");
		String liveness = client.get().uri("/actuator/health/liveness").retrieve().body(String.class);
		assertThat(JsonPath.<String>read(liveness, "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<Object>read(liveness, "$")).asString().doesNotContain("db");
	}

	@Test
	void theAssociationsEndpointDescribesTheModelTheMigrationsAndTheirDiagram() {
		String body = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/associations")
			.retrieve()
			.body(String.class);
		assertThat(JsonPath.<List<String>>read(body, "$.models[*].table")).containsExactly("passports", "posts",
				"profiles", "tags", "users");
		assertThat(JsonPath.<List<String>>read(body, "$.associations[*].name")).containsExactly("Post.author",
				"Post.tags", "Profile.user", "Tag.posts", "User.passport", "User.posts", "User.profile");
		assertThat(JsonPath.<String>read(body, "$.associations[1].kind")).isEqualTo("belongsToMany");
		assertThat(JsonPath.<String>read(body, "$.associations[1].junction")).isEqualTo("post_tags");
		assertThat(JsonPath.<String>read(body, "$.associations[2].foreignKey.references")).isEqualTo("users.id");
		assertThat(JsonPath.<String>read(body, "$.associations[2].foreignKey.onDelete")).isEqualTo("SET NULL");
		assertThat(JsonPath.<Boolean>read(body, "$.associations[4].foreignKey.nullable")).isFalse();
		assertThat(JsonPath.<String>read(body, "$.associations[5].kind")).isEqualTo("hasMany");
		assertThat(JsonPath.<Boolean>read(body, "$.associations[5].foreignKey.unique")).isFalse();
		assertThat(JsonPath.<String>read(body, "$.migrations.mode")).isEqualTo("validate");
		assertThat(JsonPath.<String>read(body, "$.migrations.status")).isEqualTo("current");
		String mermaid = JsonPath.read(body, "$.mermaid");
		List<String> lines = mermaid.lines().toList();
		assertThat(lines.get(0)).isEqualTo("erDiagram");
		assertThat(lines).filteredOn((line) -> line.matches(" {4}\\w+ \\{")).hasSize(6);
		assertThat(lines).filteredOn((line) -> line.matches(" {4}\\w+ (\\|\\||\\|o)--(o\\||o\\{) \\w+ : \".+\""))
			.containsExactly("    users ||--o| passports : \"User.passport\"",
					"    posts ||--o{ post_tags : \"Post.tags, Tag.posts\"",
					"    tags ||--o{ post_tags : \"Post.tags, Tag.posts\"",
					"    users |o--o{ posts : \"Post.author, User.posts\"",
					"    users |o--o| profiles : \"Profile.user, User.profile\"");
	}

	@Test
	void theObservabilityGuideShowsWhatTheAssociationsEndpointReturns() throws IOException {
		String body = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/associations")
			.retrieve()
			.body(String.class);
		String guide = Files.readString(Path.of("..", "docs", "observability.md"), StandardCharsets.UTF_8);
		int start = guide.indexOf(JSON_BLOCK);
		assertThat(start).as("a json block in docs/observability.md").isNotNegative();
		String committed = guide.substring(start + JSON_BLOCK.length(),
				guide.indexOf("```", start + JSON_BLOCK.length()));
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.readTree(committed)).isEqualTo(json.readTree(body));
	}

	@Test
	void testsRunOnTheTestDatabaseWithoutStartingTheDemosOwnServer() {
		assertThat(this.context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
	}

}
