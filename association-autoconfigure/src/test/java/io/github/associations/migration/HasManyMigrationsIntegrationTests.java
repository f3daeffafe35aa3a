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

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations of hasMany associations: added to existing models as one migration of their
 * own, and a change of a pairing that adds or drops the foreign key's unique constraint
 * held back as destructive.
 */
class HasManyMigrationsIntegrationTests {

	private final TestDatabase database = TestDatabase.create();

	private final Catalog catalog = new Catalog(this.database);

	@TempDir
	Path migrations;

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void aHasManyAddedToExistingModelsIsANewMigrationWithTheColumnItsIndexAndItsForeignKey() {
		generate(Domain.schema(ModelDefinition.of(User.class), ModelDefinition.of(Post.class)), false);
		this.catalog.jdbc().sql("INSERT INTO posts (title) VALUES ('first')").update();
		Schema withPosts = Domain.schema(ModelDefinition.of(User.class).hasMany(Post.class),
				ModelDefinition.of(Post.class).belongsTo(User.class, as("author")));
		MigrationPlan plan = generate(withPosts, false);
		assertThat(plan.fileName()).isEqualTo("V2__update_posts.sql");
		assertThat(plan.statements()).containsExactly("ALTER TABLE \"posts\" ADD COLUMN \"author_id\" bigint;",
				"ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_author_id\" FOREIGN KEY (\"author_id\") "
						+ "REFERENCES \"users\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE;",
				"CREATE INDEX \"ix_posts_author_id\" ON \"posts\" (\"author_id\");");
		for (io.github.associations.schema.Table table : withPosts.tables()) {
			assertThat(this.catalog.constraints(table.name())).isEqualTo(Catalog.expectedConstraints(table));
		}
		this.catalog.jdbc().sql("INSERT INTO users (username) VALUES ('alice')").update();
		assertThat(this.catalog.jdbc().sql("UPDATE posts SET author_id = (SELECT id FROM users)").update())
			.isEqualTo(1);
	}

	@Test
	void aHasManyThatBecomesAHasOneAddsAUniqueConstraintOnlyWithTheDestructiveOptIn() {
		generate(Domain.schema(ModelDefinition.of(User.class).hasMany(Post.class), ModelDefinition.of(Post.class)),
				false);
		Schema oneToOne = Domain.schema(ModelDefinition.of(User.class).hasOne(Post.class),
				ModelDefinition.of(Post.class));
		MigrationPlan blocked = plan(oneToOne, false);
		assertThat(blocked.status()).isEqualTo(MigrationPlan.Status.BLOCKED);
		assertThat(blocked.destructiveChanges()).extracting(Change::description)
			.containsExactly("add unique constraint uq_posts_user_id on the existing posts (user_id), "
					+ "which its rows may break");
		MigrationPlan plan = generate(oneToOne, true);
		assertThat(plan.statements()).containsExactly("DROP INDEX \"ix_posts_user_id\";",
				"ALTER TABLE \"posts\" ADD CONSTRAINT \"uq_posts_user_id\" UNIQUE (\"user_id\");");
	}

	@Test
	void aHasOneThatBecomesAHasManyDropsTheUniqueConstraintOnlyWithTheDestructiveOptIn() {
		generate(Domain.schema(ModelDefinition.of(User.class).hasOne(Post.class), ModelDefinition.of(Post.class)),
				false);
		Schema oneToMany = Domain.schema(ModelDefinition.of(User.class).hasMany(Post.class),
				ModelDefinition.of(Post.class));
		MigrationPlan blocked = plan(oneToMany, false);
		assertThat(blocked.status()).isEqualTo(MigrationPlan.Status.BLOCKED);
		assertThat(blocked.destructiveChanges()).extracting(Change::description)
			.containsExactly("drop unique constraint uq_posts_user_id on posts (user_id)");
		MigrationPlan plan = generate(oneToMany, true);
		assertThat(plan.statements()).containsExactly("ALTER TABLE \"posts\" DROP CONSTRAINT \"uq_posts_user_id\";",
				"CREATE INDEX \"ix_posts_user_id\" ON \"posts\" (\"user_id\");");
	}

	@Test
	void removingAHasManyDropsItsColumnOnlyWithTheDestructiveOptIn() {
		generate(Domain.schema(ModelDefinition.of(User.class).hasMany(Post.class), ModelDefinition.of(Post.class)),
				false);
		Schema without = Domain.schema(ModelDefinition.of(User.class), ModelDefinition.of(Post.class));
		assertThat(plan(without, false).status()).isEqualTo(MigrationPlan.Status.BLOCKED);
		MigrationPlan plan = generate(without, true);
		assertThat(plan.statements()).contains("ALTER TABLE \"posts\" DROP COLUMN \"user_id\";");
		for (io.github.associations.schema.Table table : without.tables()) {
			assertThat(this.catalog.constraints(table.name())).isEqualTo(Catalog.expectedConstraints(table));
		}
	}

	private MigrationPlan generate(Schema schema, boolean allowDestructive) {
		return new MigrationRuns(this.migrations, this.catalog).generate(schema, allowDestructive);
	}

	private MigrationPlan plan(Schema schema, boolean allowDestructive) {
		return new MigrationRuns(this.migrations, this.catalog).plan(schema, allowDestructive);
	}

	@Table("users")
	record User(@Id Long id, String username) {
	}

	@Table("posts")
	record Post(@Id Long id, String title) {
	}

}
