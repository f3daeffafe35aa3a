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

import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AttributeOption.notNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A location written by an earlier version, whose snapshot has format 1 (committed in
 * {@code src/test/resources/snapshots/format-1} as the benchmarks' migration), is read by
 * this version: the same models need no migration, and a hasMany added to them needs only
 * its own.
 */
class SnapshotCompatibilityTests {

	private static final String LOCATION = "classpath:snapshots/format-1";

	@Test
	void theSameModelsNeedNoMigration() {
		MigrationPlan plan = plan(Domain.schema(users(), profiles()));
		assertThat(plan.status()).as(plan.changes().toString()).isEqualTo(MigrationPlan.Status.UP_TO_DATE);
	}

	@Test
	void aHasManyAddedToThemNeedsOnlyItsOwnMigration() {
		MigrationPlan plan = plan(
				Domain.schema(users().hasMany(Post.class), profiles(), ModelDefinition.of(Post.class)));
		assertThat(plan.status()).isEqualTo(MigrationPlan.Status.PENDING);
		assertThat(plan.fileName()).isEqualTo("V2__create_posts.sql");
		assertThat(plan.changes()).extracting(Change::description)
			.containsExactly("create table posts", "add foreign key fk_posts_user_id", "create index ix_posts_user_id");
	}

	@Test
	void aJunctionTableIsWrittenWithoutAModelAndReadBackAsItWas() {
		Schema schema = Domain.schema(users(), profiles().belongsToMany(Post.class), ModelDefinition.of(Post.class));
		Snapshot snapshot = Snapshot.empty().next(schema.tables(), new GeneratedMigration("V1__create.sql", "0"));
		String json = SnapshotJson.write(snapshot);
		assertThat(json).contains("\"name\": \"posts_profiles\"").doesNotContain("joinsModels");
		assertThat(json.split("\"model\"", -1)).hasSize(schema.tables().size());
		assertThat(SnapshotJson.read(SnapshotJson.bytes(json))).isEqualTo(snapshot);
	}

	private static ModelDefinition<User> users() {
		return ModelDefinition.of(User.class)
			.attribute("username", notNull())
			.attribute("email", notNull())
			.hasOne(Profile.class);
	}

	private static ModelDefinition<Profile> profiles() {
		return ModelDefinition.of(Profile.class).attribute("bio", notNull()).belongsTo(User.class);
	}

	private MigrationPlan plan(Schema schema) {
		return MigrationPlanner.plan(schema,
				MigrationFiles.read(MigrationLocation.parse(LOCATION), getClass().getClassLoader()), false);
	}

	@Table("users")
	record User(@Id @Nullable Long id, String username, String email) {
	}

	@Table("profiles")
	record Profile(@Id @Nullable Long id, String bio) {
	}

	@Table("posts")
	record Post(@Id @Nullable Long id, String title) {
	}

}
