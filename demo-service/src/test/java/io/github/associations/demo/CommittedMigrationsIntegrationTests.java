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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed migrations are exactly what the starter generates: starting in write mode
 * on the unchanged model writes nothing, and the database gets the foreign keys of the
 * models. (Every other test starts in validate mode, which fails on missing migrations.)
 */
@SpringBootTest(properties = "associations.migrations.mode=write")
@AutoConfigureEmbeddedPostgres
class CommittedMigrationsIntegrationTests {

	private static final Path SOURCE = Path.of("src/main/resources/db/migration");

	private static final Path COPY = copy();

	private static final Map<String, String> COMMITTED = files(SOURCE);

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void writeIntoACopyOfTheSourceDirectory(DynamicPropertyRegistry registry) {
		registry.add("associations.migrations.source-directory", COPY::toString);
	}

	@Test
	void writeModeOnTheUnchangedModelWritesNothing() {
		assertThat(files(COPY)).isEqualTo(COMMITTED);
		assertThat(files(Path.of("target/classes/db/migration"))).isEqualTo(COMMITTED);
		assertThat(COMMITTED).containsOnlyKeys("V1__create_passports_profiles_users.sql", "V2__create_posts.sql",
				"V3__create_post_tags_tags.sql", "associations-snapshot.json");
	}

	@Test
	void theDatabaseHasTheForeignKeysOfTheModels() {
		assertThat(this.jdbc.sql("""
				SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint
				WHERE contype IN ('f', 'u') AND connamespace = 'public'::regnamespace ORDER BY conname
				""").query(String.class).list()).containsExactly(
				"fk_passports_holder_id: FOREIGN KEY (holder_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE CASCADE",
				"fk_post_tags_post_id: FOREIGN KEY (post_id) REFERENCES posts(id) ON UPDATE CASCADE ON DELETE CASCADE",
				"fk_post_tags_tag_id: FOREIGN KEY (tag_id) REFERENCES tags(id) ON UPDATE CASCADE ON DELETE CASCADE",
				"fk_posts_author_id: FOREIGN KEY (author_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL",
				"fk_profiles_user_id: FOREIGN KEY (user_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL",
				"uq_passports_holder_id: UNIQUE (holder_id)", "uq_passports_number: UNIQUE (number)",
				"uq_profiles_user_id: UNIQUE (user_id)", "uq_tags_name: UNIQUE (name)",
				"uq_users_username: UNIQUE (username)");
		assertThat(this.jdbc
			.sql("SELECT is_nullable FROM information_schema.columns "
					+ "WHERE table_name = 'passports' AND column_name = 'holder_id'")
			.query(String.class)
			.single()).isEqualTo("NO");
		assertThat(this.jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_posts_author_id'")
			.query(String.class)
			.single()).isEqualTo("CREATE INDEX ix_posts_author_id ON public.posts USING btree (author_id)");
		assertThat(this.jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'post_tags' ORDER BY indexname")
			.query(String.class)
			.list()).containsExactly("CREATE INDEX ix_post_tags_tag_id ON public.post_tags USING btree (tag_id)",
					"CREATE UNIQUE INDEX pk_post_tags ON public.post_tags USING btree (post_id, tag_id)");
	}

	private static Path copy() {
		try {
			Path copy = Files.createTempDirectory("committed-migrations");
			for (String name : files(SOURCE).keySet()) {
				Files.copy(SOURCE.resolve(name), copy.resolve(name));
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> files(Path directory) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(directory)) {
			for (Path path : paths.toList()) {
				files.put(path.getFileName().toString(), Files.readString(path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
