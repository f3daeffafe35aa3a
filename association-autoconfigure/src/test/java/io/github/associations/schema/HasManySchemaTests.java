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

import io.github.associations.model.AssociationKind;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ModelProblem;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.destroyRemoved;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema of hasMany associations: one foreign key on the target, not unique and
 * indexed, paired with its belongsTo as a hasOne is.
 */
class HasManySchemaTests {

	@Test
	void aHasManyAndItsBelongsToDescribeOneForeignKeyThatIsNotUniqueAndIndexed() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasMany(Post.class),
				ModelDefinition.of(Post.class).belongsTo(User.class, as("author")));
		Association posts = schema.association(User.class, "posts").orElseThrow();
		Association author = schema.association(Post.class, "author").orElseThrow();
		assertThat(posts.kind()).isEqualTo(AssociationKind.HAS_MANY);
		assertThat(posts.foreignKey()).isEqualTo(author.foreignKey());
		assertThat(posts.foreignKey().column()).isEqualTo("author_id");
		assertThat(posts.foreignKey().unique()).isFalse();
		assertThat(posts.inverse()).isEqualTo("author");
		io.github.associations.schema.Table table = schema.tableOf("Post").orElseThrow();
		assertThat(table.uniqueConstraints()).isEmpty();
		assertThat(table.indexes()).extracting(Index::name).containsExactly("ix_posts_author_id");
		assertThat(posts.toString()).isEqualTo("association User.posts: hasMany Post via posts.author_id -> users.id, "
				+ "key property id, inverse Post.author, declared by bean 'user'");
	}

	@Test
	void theDefaultNameIsThePluralOfTheTargetsNameAsSpringDataRestSpellsIt() {
		Schema schema = Models.derive(
				ModelDefinition.of(User.class).hasMany(Post.class).hasMany(Category.class).hasMany(Person.class),
				ModelDefinition.of(Post.class), ModelDefinition.of(Category.class), ModelDefinition.of(Person.class));
		assertThat(schema.associations()).extracting(Association::as)
			.containsExactlyInAnyOrder("posts", "categories", "persons");
	}

	@Test
	void aLoneBelongsToStaysOneToOne() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Post.class).belongsTo(User.class));
		assertThat(schema.association(Post.class, "user").orElseThrow().foreignKey().unique()).isTrue();
	}

	@Test
	void aNotNullForeignKeyAlwaysDestroysRemovedTargets() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasMany(Post.class, allowNull(false)),
				ModelDefinition.of(Post.class));
		assertThat(schema.association(User.class, "posts").orElseThrow().destroyRemoved()).isTrue();
		Schema optional = Models.derive(ModelDefinition.of(User.class).hasMany(Post.class, destroyRemoved(true)),
				ModelDefinition.of(Post.class));
		assertThat(optional.association(User.class, "posts").orElseThrow().destroyRemoved()).isTrue();
		assertThat(optional.association(User.class, "posts").orElseThrow().toString()).contains(", destroys removed,");
	}

	@Test
	void aUniqueBelongsToPairedWithAHasManyIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasMany(Post.class),
					ModelDefinition.of(Post.class).belongsTo(User.class, unique(true))))
			.withMessage("User.posts, declared as User.hasMany(Post) in bean 'user' and Post.user, declared as "
					+ "Post.belongsTo(User, unique(true)) in bean 'post': unique(true) on a belongsTo paired with a "
					+ "hasMany")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.containsExactly("Remove unique(true): a hasMany's foreign key is never unique; for at most one Post "
						+ "per User, declare hasOne."));
	}

	@Test
	void aBelongsToThatAHasOneAndAHasManyCouldBothAdoptNeedsAForeignKey() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(
					ModelDefinition.of(User.class).hasOne(Post.class, as("pinned")).hasMany(Post.class),
					ModelDefinition.of(Post.class).belongsTo(User.class)))
			.withMessageContaining("User.posts, declared as User.hasMany(Post) in bean 'user' could pair with several "
					+ "declarations: Post.user, declared as Post.belongsTo(User) in bean 'post'")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.contains("Give User.hasMany(Post) a foreignKey(...) naming the column of the belongsTo it pairs "
						+ "with, such as foreignKey(\"user_id\")."));
	}

	@Test
	void explicitForeignKeysPairAHasManyAndAHasOneWithTheirOwnBelongsTo() {
		Schema schema = Models.derive(
				ModelDefinition.of(User.class)
					.hasOne(Post.class, as("pinned"), foreignKey("pinned_by_id"))
					.hasMany(Post.class, foreignKey("author_id")),
				ModelDefinition.of(Post.class)
					.belongsTo(User.class, as("author"))
					.belongsTo(User.class, as("pinnedBy"), foreignKey("pinned_by_id")));
		assertThat(schema.association(User.class, "posts").orElseThrow().inverse()).isEqualTo("author");
		assertThat(schema.association(User.class, "pinned").orElseThrow().inverse()).isEqualTo("pinnedBy");
		assertThat(schema.association(User.class, "pinned").orElseThrow().foreignKey().unique()).isTrue();
		assertThat(schema.association(User.class, "posts").orElseThrow().foreignKey().unique()).isFalse();
	}

	@Test
	void aTargetThatIsNotAModelIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasMany(Post.class)))
			.withMessage("User.posts, declared as User.hasMany(Post) in bean 'user': Post is not a defined model")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.containsExactly("Declare a ModelDefinition<Post> bean, or remove the association."));
	}

	@Test
	void sidesThatDisagreeAreRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasMany(Post.class, allowNull(false)),
					ModelDefinition.of(Post.class).belongsTo(User.class, allowNull(true))))
			.withMessage("User.posts, declared as User.hasMany(Post, allowNull(false)) in bean 'user' and Post.user, "
					+ "declared as Post.belongsTo(User, allowNull(true)) in bean 'post' disagree on allowNull: false "
					+ "and true");
	}

	@Test
	void aSelfHasManyNeedsItsNameAndForeignKey() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasMany(User.class)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action)
				.containsExactly("Declare as(...) and foreignKey(...) on a self-association, such as "
						+ "hasMany(User.class, as(\"mentees\"), foreignKey(\"mentor_id\"))."));
		Schema schema = Models
			.derive(ModelDefinition.of(User.class).hasMany(User.class, as("mentees"), foreignKey("mentor_id")));
		assertThat(schema.association(User.class, "mentees").orElseThrow().foreignKey().column())
			.isEqualTo("mentor_id");
	}

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("posts")
	record Post(@Id Long id, String title) {
	}

	@Table("categories")
	record Category(@Id Long id) {
	}

	@Table("people")
	record Person(@Id Long id) {
	}

}
