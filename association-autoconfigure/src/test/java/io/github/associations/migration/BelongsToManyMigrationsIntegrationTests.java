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

package io.github.associations.migration;

import java.nio.file.Path;

import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;
import io.github.associations.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.through;
import static io.github.associations.model.AttributeOption.notNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Migrations of belongsToMany associations: the junction table created as a migration of
 * its own, with its constraints as the catalog shows them, and dropped only with the
 * destructive opt-in.
 */
class BelongsToManyMigrationsIntegrationTests {

	private final TestDatabase database = TestDatabase.create();

	private final Catalog catalog = new Catalog(this.database);

	@TempDir
	Path migrations;

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void aBelongsToManyAddedToExistingModelsCreatesItsJunctionTable() {
		generate(Domain.schema(ModelDefinition.of(Post.class), ModelDefinition.of(Tag.class)), false);
		Schema withTags = Domain.schema(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through("post_tags")),
				ModelDefinition.of(Tag.class).belongsToMany(Post.class, through("post_tags")));
		MigrationPlan plan = generate(withTags, false);
		assertThat(plan.fileName()).isEqualTo("V2__create_post_tags.sql");
		assertThat(plan.statements()).containsExactly("""
				CREATE TABLE "post_tags" (
				    "post_id" bigint NOT NULL,
				    "tag_id" bigint NOT NULL,
				    CONSTRAINT "pk_post_tags" PRIMARY KEY ("post_id", "tag_id")
				);""",
				"ALTER TABLE \"post_tags\" ADD CONSTRAINT \"fk_post_tags_post_id\" FOREIGN KEY (\"post_id\") "
						+ "REFERENCES \"posts\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE;",
				"ALTER TABLE \"post_tags\" ADD CONSTRAINT \"fk_post_tags_tag_id\" FOREIGN KEY (\"tag_id\") "
						+ "REFERENCES \"tags\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE;",
				"CREATE INDEX \"ix_post_tags_tag_id\" ON \"post_tags\" (\"tag_id\");");
		for (io.github.associations.schema.Table table : withTags.tables()) {
			assertThat(this.catalog.constraints(table.name())).isEqualTo(Catalog.expectedConstraints(table));
		}
		this.catalog.jdbc().sql("INSERT INTO posts (title) VALUES ('first'), ('second')").update();
		this.catalog.jdbc().sql("INSERT INTO tags (name) VALUES ('java')").update();
		this.catalog.jdbc().sql("INSERT INTO post_tags SELECT p.id, t.id FROM posts p, tags t").update();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.catalog.jdbc()
			.sql("INSERT INTO post_tags SELECT p.id, t.id FROM posts p, tags t WHERE p.title = 'first'")
			.update());
		this.catalog.jdbc().sql("DELETE FROM posts WHERE title = 'first'").update();
		assertThat(this.catalog.jdbc().sql("SELECT count(*) FROM post_tags").query(Long.class).single()).isEqualTo(1);
		this.catalog.jdbc().sql("DELETE FROM tags").update();
		assertThat(this.catalog.jdbc().sql("SELECT count(*) FROM post_tags").query(Long.class).single()).isZero();
	}

	@Test
	void removingABelongsToManyDropsItsJunctionOnlyWithTheDestructiveOptIn() {
		generate(Domain.schema(ModelDefinition.of(Post.class).belongsToMany(Tag.class), ModelDefinition.of(Tag.class)),
				false);
		Schema without = Domain.schema(ModelDefinition.of(Post.class), ModelDefinition.of(Tag.class));
		MigrationPlan blocked = plan(without, false);
		assertThat(blocked.status()).isEqualTo(MigrationPlan.Status.BLOCKED);
		assertThat(blocked.destructiveChanges()).extracting(Change::description)
			.containsExactly("drop table posts_tags");
		MigrationPlan plan = generate(without, true);
		assertThat(plan.statements()).containsExactly("DROP TABLE \"posts_tags\";");
		assertThat(this.catalog.jdbc()
			.sql("SELECT count(*) FROM pg_tables WHERE tablename = 'posts_tags'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aJunctionNamedAfterATableThatIsRenamedIsRenamedWithItsLinks() {
		generate(Domain.schema(ModelDefinition.of(Before.Post.class).belongsToMany(Tag.class),
				ModelDefinition.of(Tag.class)), false);
		this.catalog.jdbc().sql("INSERT INTO articles (title) VALUES ('first')").update();
		this.catalog.jdbc().sql("INSERT INTO tags (name) VALUES ('java')").update();
		this.catalog.jdbc().sql("INSERT INTO articles_tags SELECT a.id, t.id FROM articles a, tags t").update();
		Schema renamed = Domain.schema(ModelDefinition.of(Post.class).renamedFrom("articles").belongsToMany(Tag.class),
				ModelDefinition.of(Tag.class));
		MigrationPlan plan = generate(renamed, false);
		assertThat(plan.statements()).contains("ALTER TABLE \"articles\" RENAME TO \"posts\";",
				"ALTER TABLE \"articles_tags\" RENAME TO \"posts_tags\";");
		for (io.github.associations.schema.Table table : renamed.tables()) {
			assertThat(this.catalog.constraints(table.name())).isEqualTo(Catalog.expectedConstraints(table));
		}
		assertThat(this.catalog.jdbc().sql("SELECT count(*) FROM posts_tags").query(Long.class).single()).isOne();
	}

	@Test
	void aJunctionModelWithItsOwnIdIsCreatedWithItsColumnsAndAUniquePair() {
		Schema schema = Domain.schema(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(Tagging.class)),
				ModelDefinition.of(Tag.class), ModelDefinition.of(Tagging.class).attribute("position", notNull()));
		generate(schema, false);
		for (io.github.associations.schema.Table table : schema.tables()) {
			assertThat(this.catalog.constraints(table.name())).isEqualTo(Catalog.expectedConstraints(table));
		}
		this.catalog.jdbc().sql("INSERT INTO posts (title) VALUES ('first')").update();
		this.catalog.jdbc().sql("INSERT INTO tags (name) VALUES ('java')").update();
		String link = "INSERT INTO taggings (post_id, tag_id, position) SELECT p.id, t.id, 1 FROM posts p, tags t";
		this.catalog.jdbc().sql(link).update();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.catalog.jdbc().sql(link).update());
		assertThat(this.catalog.jdbc()
			.sql("SELECT count(*) FROM pg_indexes WHERE tablename = 'taggings'")
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	private MigrationPlan generate(Schema schema, boolean allowDestructive) {
		return new MigrationRuns(this.migrations, this.catalog).generate(schema, allowDestructive);
	}

	private MigrationPlan plan(Schema schema, boolean allowDestructive) {
		return new MigrationRuns(this.migrations, this.catalog).plan(schema, allowDestructive);
	}

	@Table("posts")
	record Post(@Id Long id, String title) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("taggings")
	record Tagging(@Id Long id, Long postId, Long tagId, Integer position) {
	}

	static final class Before {

		@Table("articles")
		record Post(@Id Long id, String title) {
		}

	}

}
