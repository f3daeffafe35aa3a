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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.github.associations.model.AssociationKind;
import io.github.associations.model.DeclaredModel;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the hasOne and belongsTo sides of an association pair into one foreign key.
 */
class PairingTests {

	@Test
	void bothSidesDescribeOneForeignKey() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class));
		Association hasOne = schema.association(User.class, "profile").orElseThrow();
		Association belongsTo = schema.association(Profile.class, "user").orElseThrow();
		assertThat(hasOne.foreignKey()).isEqualTo(belongsTo.foreignKey());
		assertThat(hasOne.inverse()).isEqualTo("user");
		assertThat(belongsTo.inverse()).isEqualTo("profile");
		assertThat(belongsTo.kind()).isEqualTo(AssociationKind.BELONGS_TO);
		assertThat(belongsTo.declaredBy()).isEqualTo("bean 'profile'");
		assertThat(schema.tableOf("Profile").orElseThrow().foreignKeys()).hasSize(1);
	}

	@Test
	void eitherSideAloneDescribesTheSameForeignKey() {
		Schema hasOneOnly = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class),
				ModelDefinition.of(Profile.class));
		Schema belongsToOnly = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class));
		assertThat(hasOneOnly.tables()).isEqualTo(belongsToOnly.tables());
		assertThat(hasOneOnly.association(User.class, "profile").orElseThrow().inverse()).isNull();
	}

	@Test
	void aHasOneAdoptsTheForeignKeyOfItsBelongsTo() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, as("owner")));
		assertThat(schema.association(User.class, "profile").orElseThrow().foreignKey().column()).isEqualTo("owner_id");
		assertThat(schema.tableOf("Profile").orElseThrow().foreignKeys()).hasSize(1);
	}

	@Test
	void anOptionGivenOnOneSideAppliesToBoth() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, allowNull(false)),
				ModelDefinition.of(Profile.class).belongsTo(User.class));
		assertThat(schema.association(Profile.class, "user").orElseThrow().foreignKey().nullable()).isFalse();
	}

	@Test
	void twoExplicitDifferentValuesConflict() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, allowNull(false)),
					ModelDefinition.of(Profile.class).belongsTo(User.class, allowNull(true))))
			.withMessage("User.profile, declared as User.hasOne(Profile, allowNull(false)) in bean 'user' and "
					+ "Profile.user, declared as Profile.belongsTo(User, allowNull(true)) in bean 'profile' disagree on allowNull: false and true")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action())
				.isEqualTo("Give allowNull on one side only, or the same value on both."));
	}

	@Test
	void explicitForeignKeysThatDisagreeConflict() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class, foreignKey("a_id")),
					ModelDefinition.of(Profile.class).belongsTo(User.class, foreignKey("b_id"))))
			.withMessageContaining("disagree on foreignKey: a_id and b_id");
	}

	@Test
	void aHasOneWithSeveralCandidatesAsksForAForeignKey() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class),
					ModelDefinition.of(Profile.class)
						.belongsTo(User.class, as("author"))
						.belongsTo(User.class, as("editor"))))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile) in bean 'user' could pair with several declarations: "
							+ "Profile.author, declared as Profile.belongsTo(User, as(\"author\")) in bean 'profile' and "
							+ "Profile.editor, declared as Profile.belongsTo(User, as(\"editor\")) in bean 'profile'")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action()).isEqualTo(
					"Give User.hasOne(Profile) a foreignKey(...) naming the column of the belongsTo it pairs with, "
							+ "such as foreignKey(\"author_id\")."));
	}

	@Test
	void explicitForeignKeysPairSeveralAssociationsBetweenTheSameModels() {
		Schema schema = Models.derive(
				ModelDefinition.of(User.class)
					.hasOne(Profile.class, as("authored"), foreignKey("author_id"))
					.hasOne(Profile.class, as("edited"), foreignKey("editor_id")),
				ModelDefinition.of(Profile.class)
					.belongsTo(User.class, as("author"))
					.belongsTo(User.class, as("editor")));
		assertThat(schema.association(User.class, "authored").orElseThrow().inverse()).isEqualTo("author");
		assertThat(schema.association(User.class, "edited").orElseThrow().inverse()).isEqualTo("editor");
		assertThat(schema.tableOf("Profile").orElseThrow().foreignKeys()).extracting(ForeignKey::column)
			.containsExactly("author_id", "editor_id");
	}

	@Test
	void aHasOneWithAnExplicitForeignKeyStaysAloneWhileTheOtherPairs() {
		Schema schema = Models.derive(
				ModelDefinition.of(User.class)
					.hasOne(Profile.class)
					.hasOne(Profile.class, as("secondary"), foreignKey("secondary_user_id")),
				ModelDefinition.of(Profile.class).belongsTo(User.class));
		assertThat(schema.association(User.class, "profile").orElseThrow().inverse()).isEqualTo("user");
		assertThat(schema.association(User.class, "secondary").orElseThrow().inverse()).isNull();
		assertThat(schema.tableOf("Profile").orElseThrow().foreignKeys()).extracting(ForeignKey::column)
			.containsExactly("secondary_user_id", "user_id");
	}

	@Test
	void severalLoneAssociationsToOneTargetWorkWithDistinctNames() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class)
					.belongsTo(User.class, as("author"))
					.belongsTo(User.class, as("editor")));
		assertThat(schema.associations()).extracting(Association::qualifiedName)
			.containsExactly("Profile.author", "Profile.editor");
	}

	@Test
	void twoAssociationsOnOneColumnAreRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class),
					ModelDefinition.of(Profile.class)
						.belongsTo(User.class, as("author"))
						.belongsTo(User.class, as("writer"), foreignKey("author_id"))))
			.withMessage("Profile.author, declared as Profile.belongsTo(User, as(\"author\")) in bean 'profile' and "
					+ "Profile.writer, declared as Profile.belongsTo(User, as(\"writer\"), foreignKey(\"author_id\")) in bean 'profile' "
					+ "both use column profiles.author_id");
	}

	@Test
	void aSelfAssociationPairsWithExplicitNames() {
		Schema schema = Models.derive(ModelDefinition.of(Employee.class)
			.hasOne(Employee.class, as("mentee"), foreignKey("mentor_id"))
			.belongsTo(Employee.class, as("mentor")));
		assertThat(schema.tables().get(0).toString()).isEqualTo(
				"""
						table employees (model Employee)
						  id bigint not null identity
						  name text
						  mentor_id bigint
						  primary key pk_employees (id)
						  unique uq_employees_mentor_id (mentor_id)
						  foreign key fk_employees_mentor_id (mentor_id) references employees (id) on delete set null on update cascade
						""");
		assertThat(schema.association(Employee.class, "mentee").orElseThrow().inverse()).isEqualTo("mentor");
	}

	@Test
	void theOrderOfTheBeansDecidesNothing() {
		List<DeclaredModel> models = Models.declared(
				ModelDefinition.of(User.class).hasOne(Profile.class).hasOne(Passport.class, allowNull(false)),
				ModelDefinition.of(Profile.class).belongsTo(User.class),
				ModelDefinition.of(Passport.class).belongsTo(User.class, as("holder")),
				ModelDefinition.of(Employee.class)
					.hasOne(Employee.class, as("mentee"), foreignKey("mentor_id"))
					.belongsTo(Employee.class, as("mentor")));
		Schema expected = SchemaDerivation.derive(models, DefaultNamingStrategy.INSTANCE);
		for (int seed = 0; seed < 10; seed++) {
			List<DeclaredModel> shuffled = new ArrayList<>(models);
			Collections.shuffle(shuffled, new Random(seed));
			Schema schema = SchemaDerivation.derive(shuffled, DefaultNamingStrategy.INSTANCE);
			assertThat(schema).isEqualTo(expected);
			assertThat(schema).hasToString(expected.toString());
		}
	}

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("profiles")
	record Profile(@Id Long id) {
	}

	@Table("passports")
	record Passport(@Id Long id) {
	}

	@Table("employees")
	record Employee(@Id Long id, String name) {
	}

}
