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

package io.github.associations.schema;

import java.time.Instant;
import java.util.List;

import io.github.associations.model.AssociationKind;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ModelProblem;
import io.github.associations.model.ReferentialAction;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.otherKey;
import static io.github.associations.model.AssociationOption.targetKey;
import static io.github.associations.model.AssociationOption.through;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema of belongsToMany associations: a junction table with a foreign key to each
 * side, both cascading, the pair its primary key and the second column indexed.
 */
class BelongsToManySchemaTests {

	@Test
	void bothSidesPairIntoOneJunctionTable() {
		Schema schema = Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through("post_tags")),
				ModelDefinition.of(Tag.class).belongsToMany(Post.class, through("post_tags")));
		io.github.associations.schema.Table junction = schema.tables()
			.stream()
			.filter((table) -> table.name().equals(TableName.of("post_tags")))
			.findFirst()
			.orElseThrow();
		assertThat(junction.toString()).isEqualTo("""
				table post_tags (junction)
				  post_id bigint not null
				  tag_id bigint not null
				  primary key pk_post_tags (post_id, tag_id)
				  index ix_post_tags_tag_id (tag_id)
				  foreign key fk_post_tags_post_id (post_id) references posts (id) on delete cascade on update cascade
				  foreign key fk_post_tags_tag_id (tag_id) references tags (id) on delete cascade on update cascade
				""");
		assertThat(junction.joinsModels()).isTrue();
		assertThat(junction.foreignKeys()).allSatisfy((foreignKey) -> {
			assertThat(foreignKey.nullable()).isFalse();
			assertThat(foreignKey.unique()).isFalse();
			assertThat(foreignKey.onDelete()).isEqualTo(ReferentialAction.CASCADE);
			assertThat(foreignKey.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
		});
		Association tags = schema.association(Post.class, "tags").orElseThrow();
		Association posts = schema.association(Tag.class, "posts").orElseThrow();
		assertThat(tags.kind()).isEqualTo(AssociationKind.BELONGS_TO_MANY);
		assertThat(tags.inverse()).isEqualTo("posts");
		assertThat(posts.inverse()).isEqualTo("tags");
		assertThat(tags.toString()).isEqualTo("association Post.tags: belongsToMany Tag via post_tags (post_id -> "
				+ "posts.id, tag_id -> tags.id), key property id, inverse Tag.posts, declared by bean 'post'");
		assertThat(posts.junction().sourceColumn()).isEqualTo("tag_id");
		assertThat(posts.junction().targetColumn()).isEqualTo("post_id");
		assertThat(schema.tableOf("Post")).isPresent();
		assertThat(schema.tables()).extracting(io.github.associations.schema.Table::model)
			.containsExactly(null, "Post", "Tag");
	}

	@Test
	void theKeyColumnsAreInTheOrderOfTheModelsWhicheverSideIsDeclared() {
		Schema schema = Models.derive(ModelDefinition.of(Post.class),
				ModelDefinition.of(Tag.class).belongsToMany(Post.class, through("post_tags")));
		io.github.associations.schema.Table junction = schema.tables().get(0);
		assertThat(junction.primaryKey().columns()).containsExactly("post_id", "tag_id");
		assertThat(junction.indexes()).extracting(Index::name).containsExactly("ix_post_tags_tag_id");
		assertThat(schema.association(Tag.class, "posts").orElseThrow().inverse()).isNull();
	}

	@Test
	void withoutThroughTheJunctionIsNamedAfterBothTablesInAlphabeticalOrder() {
		Schema schema = Models.derive(ModelDefinition.of(Tag.class).belongsToMany(Post.class),
				ModelDefinition.of(Post.class).belongsToMany(Tag.class));
		assertThat(schema.tables()).extracting((table) -> table.name().name())
			.containsExactly("posts", "posts_tags", "tags");
		assertThat(schema.association(Post.class, "tags").orElseThrow().inverse()).isEqualTo("posts");
	}

	@Test
	void twoAssociationsBetweenTheSamePairThroughDifferentJunctionsAreTwo() {
		Schema schema = Models.derive(
				ModelDefinition.of(Post.class)
					.belongsToMany(Tag.class, through("post_tags"))
					.belongsToMany(Tag.class, as("suggestedTags"), through("suggested_tags")),
				ModelDefinition.of(Tag.class));
		assertThat(schema.associations()).extracting(Association::qualifiedName)
			.containsExactly("Post.suggestedTags", "Post.tags");
		assertThat(schema.tables()).extracting((table) -> table.name().name())
			.containsExactly("post_tags", "posts", "suggested_tags", "tags");
	}

	@Test
	void keyColumnsAndKeysCanBeNamed() {
		Schema schema = Models.derive(ModelDefinition.of(Post.class)
			.belongsToMany(Tag.class, through("labels"), foreignKey("article_id"), otherKey("label"),
					targetKey("name")),
				ModelDefinition.of(Tag.class).attribute("name", unique()));
		io.github.associations.schema.Table junction = schema.tables().get(0);
		assertThat(junction.columns()).extracting(Column::name, Column::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("article_id", "bigint"),
					org.assertj.core.groups.Tuple.tuple("label", "text"));
		assertThat(junction.foreignKeys()).extracting(ForeignKey::referencedTable, ForeignKey::referencedColumn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TableName.of("posts"), "id"),
					org.assertj.core.groups.Tuple.tuple(TableName.of("tags"), "name"));
		assertThat(schema.association(Post.class, "tags").orElseThrow().junction().targetKeyProperty())
			.isEqualTo("name");
	}

	@Test
	void aSelfAssociationNeedsItsNameAndBothColumns() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(Person.class)
				.belongsToMany(Person.class, as("followers"), foreignKey("followee_id"))))
			.withMessage("Person.followers, declared as Person.belongsToMany(Person, as(\"followers\"), "
					+ "foreignKey(\"followee_id\")) in bean 'person' associates Person with itself without an "
					+ "explicit otherKey")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.containsExactly("Declare as(...), foreignKey(...) and otherKey(...) on a self-association, such as "
						+ "belongsToMany(Person.class, as(\"followers\"), through(\"follows\"), "
						+ "foreignKey(\"followee_id\"), otherKey(\"follower_id\"))."));
		Schema schema = Models.derive(ModelDefinition.of(Person.class)
			.belongsToMany(Person.class, as("followers"), through("follows"), foreignKey("followee_id"),
					otherKey("follower_id"))
			.belongsToMany(Person.class, as("following"), through("follows"), foreignKey("follower_id"),
					otherKey("followee_id")));
		assertThat(schema.association(Person.class, "followers").orElseThrow().inverse()).isEqualTo("following");
		assertThat(schema.tables().get(0).primaryKey().columns()).containsExactly("followee_id", "follower_id");
	}

	@Test
	void twoDeclarationsOnOneJunctionThatDoNotAgreeAreRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(Post.class).belongsToMany(Tag.class, through("post_tags"), otherKey("label_id")),
					ModelDefinition.of(Tag.class).belongsToMany(Post.class, through("post_tags"))))
			.withMessage("Post.tags, declared as Post.belongsToMany(Tag, through(\"post_tags\"), "
					+ "otherKey(\"label_id\")) in bean 'post' (columns post_id -> posts.id, label_id -> tags.id) and "
					+ "Tag.posts, declared as Tag.belongsToMany(Post, through(\"post_tags\")) in bean 'tag' (columns "
					+ "tag_id -> tags.id, post_id -> posts.id) share the junction table post_tags but do not agree")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action())
				.startsWith("A junction links two models: declare at most one belongsToMany on each side"));
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(Post.class)
						.belongsToMany(Tag.class, through("post_tags"))
						.belongsToMany(Person.class, through("post_tags")),
					ModelDefinition.of(Tag.class), ModelDefinition.of(Person.class)))
			.withMessageContaining("share the junction table post_tags but do not agree");
	}

	@Test
	void aJunctionNamedAsAModelsTableIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through("people")),
					ModelDefinition.of(Tag.class), ModelDefinition.of(Person.class)))
			.withMessage("Post.tags, declared as Post.belongsToMany(Tag, through(\"people\")) in bean 'post': the "
					+ "junction table people is also the table of a model")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.containsExactly("Name another junction table with through(...)."));
	}

	@Test
	void unsafeNamesAreRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(Post.class).belongsToMany(Tag.class, through("post tags"), otherKey("tag;id")),
					ModelDefinition.of(Tag.class)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::description)
				.containsExactlyInAnyOrder(
						"Post.tags, declared as Post.belongsToMany(Tag, through(\"post tags\"), otherKey(\"tag;id\")) "
								+ "in bean 'post': the otherKey column \"tag;id\" is not a safe SQL identifier",
						"Post.tags, declared as Post.belongsToMany(Tag, through(\"post tags\"), otherKey(\"tag;id\")) "
								+ "in bean 'post': the junction table \"post tags\" is not a safe SQL identifier"));
	}

	@Test
	void aTargetKeyThatIsNotUniqueIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, targetKey("name")),
					ModelDefinition.of(Tag.class)))
			.withMessage("Post.tags, declared as Post.belongsToMany(Tag, targetKey(\"name\")) in bean 'post': "
					+ "targetKey(\"name\") names Tag.name, which is not unique");
	}

	@Test
	void theNameOfAPropertyIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, as("title")),
					ModelDefinition.of(Tag.class)))
			.withMessage("Post.title, declared as Post.belongsToMany(Tag, as(\"title\")) in bean 'post': the "
					+ "association name title is also a property of Post");
	}

	@Test
	void aMigrationDescribesTheJunction() {
		Schema schema = Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class),
				ModelDefinition.of(Tag.class));
		assertThat(schema.tables()).hasSize(3);
		assertThat(List.of(schema.toString().split("\n"))).contains("table posts_tags (junction)");
	}

	@Test
	void aJunctionModelsOtherPropertiesAreColumnsOfTheJunction() {
		Schema schema = Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(PostTag.class)),
				ModelDefinition.of(Tag.class).belongsToMany(Post.class, through(PostTag.class)),
				ModelDefinition.of(PostTag.class).attribute("note", length(80)));
		assertThat(schema.tables()).extracting((table) -> table.name().name())
			.containsExactly("post_tags", "posts", "tags");
		assertThat(schema.tables().get(0).toString()).isEqualTo("""
				table post_tags (junction)
				  post_id bigint not null
				  tag_id bigint not null
				  position integer not null
				  added_at timestamptz
				  note varchar(80)
				  primary key pk_post_tags (post_id, tag_id)
				  index ix_post_tags_tag_id (tag_id)
				  foreign key fk_post_tags_post_id (post_id) references posts (id) on delete cascade on update cascade
				  foreign key fk_post_tags_tag_id (tag_id) references tags (id) on delete cascade on update cascade
				""");
		assertThat(schema.association(Post.class, "tags").orElseThrow().junction().model()).isEqualTo(PostTag.class);
		assertThat(schema.association(Tag.class, "posts").orElseThrow().inverse()).isEqualTo("tags");
	}

	@Test
	void aJunctionModelWithItsOwnIdMakesThePairUniqueAndIndexesBothColumns() {
		Schema schema = Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(Tagging.class)),
				ModelDefinition.of(Tag.class));
		assertThat(schema.tables().get(1).toString()).isEqualTo("""
				table taggings (junction)
				  id bigint not null identity
				  post_id bigint not null
				  tag_id bigint not null
				  primary key pk_taggings (id)
				  unique uq_taggings_post_id_tag_id (post_id, tag_id)
				  index ix_taggings_post_id (post_id)
				  index ix_taggings_tag_id (tag_id)
				  foreign key fk_taggings_post_id (post_id) references posts (id) on delete cascade on update cascade
				  foreign key fk_taggings_tag_id (tag_id) references tags (id) on delete cascade on update cascade
				""");
	}

	@Test
	void aJunctionModelIsCheckedAsAJunction() {
		assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> Models.derive(
				ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(CompositeTagging.class)),
				ModelDefinition.of(Tag.class)))
			.withMessageContaining("CompositeTagging.id is a composite id");
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(KeyedTagging.class)),
					ModelDefinition.of(Tag.class)))
			.withMessage("KeyedTagging.postId is the id of the junction model and maps the key column "
					+ "post_tags.post_id");
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(NamedTagging.class)),
					ModelDefinition.of(Tag.class)))
			.withMessage("NamedTagging.code is the id of the junction model, but the database does not generate it");
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(MistypedTagging.class)),
					ModelDefinition.of(Tag.class)))
			.withMessage("MistypedTagging.postId maps the key column post_tags.post_id with type String, but "
					+ "Post.id is Long")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.containsExactly(
						"Give MistypedTagging.postId the type Long, or map it to another column with @Column."));
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(
					() -> Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(PostTag.class)),
							ModelDefinition.of(Tag.class), ModelDefinition.of(PostTag.class).belongsTo(Post.class)))
			.withMessageContaining(
					"PostTag, declared in bean 'postTag', is a junction model, but declares associations");
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(
					() -> Models.derive(ModelDefinition.of(Post.class).belongsToMany(Tag.class, through(PostTag.class)),
							ModelDefinition.of(Tag.class).belongsToMany(Post.class, through("post_tags"))))
			.withMessageContaining("share the junction table post_tags but do not agree");
	}

	@Table("posts")
	record Post(@Id Long id, String title) {
	}

	@Table("post_tags")
	record PostTag(Long postId, Long tagId, int position, Instant addedAt, String note) {
	}

	@Table("taggings")
	record Tagging(@Id Long id, Long postId, Long tagId) {
	}

	@Table("post_tags")
	record MistypedTagging(String postId, Long tagId) {
	}

	@Table("post_tags")
	record KeyedTagging(@Id Long postId, Long tagId) {
	}

	@Table("post_tags")
	record NamedTagging(@Id String code, Long postId, Long tagId) {
	}

	@Table("post_tags")
	record CompositeTagging(@Id @Embedded.Nullable PairKey id) {
	}

	record PairKey(Long postId, Long tagId) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("people")
	record Person(@Id Long id) {
	}

}
