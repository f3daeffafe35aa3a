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

import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ReferentialAction;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.constraints;
import static io.github.associations.model.AssociationOption.destroyPrevious;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.onDelete;
import static io.github.associations.model.AssociationOption.onUpdate;
import static io.github.associations.model.AssociationOption.sourceKey;
import static io.github.associations.model.AssociationOption.targetKey;
import static io.github.associations.model.AssociationOption.unique;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each association option and its default, observed on the derived foreign key, its
 * column, constraints and names.
 */
class AssociationOptionsTests {

	@Test
	void defaultsGiveANullableUniqueForeignKeyThatIsSetNullOnDeleteAndCascadedOnUpdate() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class));
		assertThat(profiles(schema)).isEqualTo("""
				table profiles (model Profile)
				  id bigint not null identity
				  bio text
				  user_id bigint
				  primary key pk_profiles (id)
				  unique uq_profiles_user_id (user_id)
				  foreign key fk_profiles_user_id (user_id) references users (id) on delete set null on update cascade
				""");
		Association hasOne = schema.association(User.class, "profile").orElseThrow();
		assertThat(hasOne.destroyRemoved()).isFalse();
		assertThat(hasOne.keyProperty()).isEqualTo("id");
		assertThat(hasOne.foreignKeyProperty()).isNull();
		assertThat(hasOne.foreignKey().nullable()).isTrue();
		assertThat(hasOne.foreignKey().unique()).isTrue();
		assertThat(hasOne.foreignKey().constrained()).isTrue();
	}

	@Test
	void notNullForeignKeysCascadeAndDestroyTheReplacedTarget() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, allowNull(false)),
				ModelDefinition.of(Profile.class));
		assertThat(profiles(schema)).contains("  user_id bigint not null\n")
			.contains("references users (id) on delete cascade on update cascade");
		assertThat(schema.association(User.class, "profile").orElseThrow().destroyRemoved()).isTrue();
	}

	@Test
	void destroyPreviousAppliesToNullableForeignKeysOnRequest() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, destroyPrevious(true)),
				ModelDefinition.of(Profile.class));
		assertThat(schema.association(User.class, "profile").orElseThrow().destroyRemoved()).isTrue();
		assertThat(profiles(schema)).contains("  user_id bigint\n");
	}

	@Test
	void uniqueFalseIndexesTheForeignKeyInstead() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, unique(false)));
		assertThat(profiles(schema)).contains("  index ix_profiles_user_id (user_id)\n").doesNotContain("unique");
	}

	@Test
	void referentialActionsAreTakenAsGiven() {
		Schema schema = Models.derive(ModelDefinition.of(User.class), ModelDefinition.of(Profile.class)
			.belongsTo(User.class, onDelete(ReferentialAction.RESTRICT), onUpdate(ReferentialAction.NO_ACTION)));
		assertThat(profiles(schema)).contains("on delete restrict on update no action");
	}

	@Test
	void constraintsFalseKeepsTheColumnAndItsUniquenessWithoutAConstraint() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, constraints(false)));
		assertThat(profiles(schema)).contains("  user_id bigint\n")
			.contains("  unique uq_profiles_user_id (user_id)\n")
			.contains("references users (id) on delete set null on update cascade, not constrained");
	}

	@Test
	void asNamesTheAssociationAndTheBelongsTosForeignKey() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, as("owner")));
		assertThat(profiles(schema)).contains("  owner_id bigint\n");
		assertThat(schema.association(Profile.class, "owner")).isPresent();
	}

	@Test
	void asInCamelCaseGivesASnakeCaseForeignKey() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, as("mainUser")));
		assertThat(profiles(schema)).contains("  main_user_id bigint\n");
	}

	@Test
	void aHasOnesAsNeverChangesTheForeignKey() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, as("card")),
				ModelDefinition.of(Profile.class));
		assertThat(profiles(schema)).contains("  user_id bigint\n");
		assertThat(schema.association(User.class, "card")).isPresent();
	}

	@Test
	void anExplicitForeignKeyNamesTheColumn() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, foreignKey("holder_id")),
				ModelDefinition.of(Profile.class));
		assertThat(profiles(schema)).contains("  holder_id bigint\n")
			.contains("foreign key fk_profiles_holder_id (holder_id) references users (id)");
	}

	@Test
	void aSourceKeyIsReferencedWithItsType() {
		Schema schema = Models.derive(ModelDefinition.of(User.class)
			.attribute("email", length(200), unique())
			.hasOne(Profile.class, sourceKey("email")), ModelDefinition.of(Profile.class));
		assertThat(profiles(schema)).contains("  user_email varchar(200)\n").contains("references users (email)");
		assertThat(schema.association(User.class, "profile").orElseThrow().keyProperty()).isEqualTo("email");
	}

	@Test
	void aTargetKeyIsReferencedWithItsType() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).attribute("email", unique()),
				ModelDefinition.of(Profile.class).belongsTo(User.class, targetKey("email")));
		assertThat(profiles(schema)).contains("  user_email text\n").contains("references users (email)");
	}

	@Test
	void theForeignKeyTakesTheReferencedKeysType() {
		Schema schema = Models.derive(ModelDefinition.of(Country.class).hasOne(Profile.class),
				ModelDefinition.of(Profile.class));
		assertThat(profiles(schema)).contains("  country_code text\n").contains("references countries (code)");
	}

	private static String profiles(Schema schema) {
		return schema.tableOf("Profile").orElseThrow().toString();
	}

	@Table("users")
	record User(@Id Long id, String email) {
	}

	@Table("profiles")
	record Profile(@Id Long id, String bio) {
	}

	@Table("countries")
	record Country(@Id String code) {
	}

}
