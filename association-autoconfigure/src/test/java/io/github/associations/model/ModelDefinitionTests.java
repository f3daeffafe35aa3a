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

package io.github.associations.model;

import org.junit.jupiter.api.Test;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.constraints;
import static io.github.associations.model.AssociationOption.destroyPrevious;
import static io.github.associations.model.AssociationOption.destroyRemoved;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.onDelete;
import static io.github.associations.model.AssociationOption.onUpdate;
import static io.github.associations.model.AssociationOption.otherKey;
import static io.github.associations.model.AssociationOption.sourceKey;
import static io.github.associations.model.AssociationOption.targetKey;
import static io.github.associations.model.AssociationOption.through;
import static io.github.associations.model.AssociationOption.unique;
import static io.github.associations.model.AttributeOption.defaultValue;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.notNull;
import static io.github.associations.model.AttributeOption.renamedFrom;
import static io.github.associations.model.AttributeOption.sqlType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelDefinitionTests {

	record User(Long id) {
	}

	record Profile(Long id) {
	}

	@Test
	void theModelIsNamedAfterTheEntitysSimpleClassName() {
		assertThat(ModelDefinition.of(User.class).getName()).isEqualTo("User");
	}

	@Test
	void everyMethodReturnsANewDefinitionAndLeavesTheOriginalAlone() {
		ModelDefinition<User> user = ModelDefinition.of(User.class);
		ModelDefinition<User> withProfile = user.hasOne(Profile.class);
		ModelDefinition<User> withTimestamps = withProfile.timestamps();
		assertThat(user.getAssociations()).isEmpty();
		assertThat(withProfile.getAssociations()).hasSize(1);
		assertThat(withProfile.hasTimestamps()).isFalse();
		assertThat(withTimestamps.hasTimestamps()).isTrue();
		assertThat(withTimestamps.isManagedElsewhere()).isFalse();
		assertThat(withTimestamps.managedElsewhere().isManagedElsewhere()).isTrue();
		assertThat(user.renamedFrom("people").getRenamedFrom()).isEqualTo("people");
		assertThat(user.getRenamedFrom()).isNull();
	}

	@Test
	void optionsLeftOutStayUnsetSoThatDefaultsAreFilledInAfterPairing() {
		AssociationDefinition association = ModelDefinition.of(User.class)
			.hasOne(Profile.class)
			.getAssociations()
			.get(0);
		assertThat(association).isEqualTo(new AssociationDefinition(AssociationKind.HAS_ONE, Profile.class, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null));
	}

	@Test
	void hasOneRecordsEveryOptionGiven() {
		AssociationDefinition association = ModelDefinition.of(User.class)
			.hasOne(Profile.class, as("card"), foreignKey("owner_id"), allowNull(false), unique(false),
					sourceKey("email"), onDelete(ReferentialAction.RESTRICT), onUpdate(ReferentialAction.NO_ACTION),
					constraints(false), destroyPrevious(true))
			.getAssociations()
			.get(0);
		assertThat(association).isEqualTo(new AssociationDefinition(AssociationKind.HAS_ONE, Profile.class, "card",
				"owner_id", false, false, "email", ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION, false, true,
				null, null, null, null, null));
		assertThat(association.describe("User"))
			.isEqualTo("User.hasOne(Profile, as(\"card\"), foreignKey(\"owner_id\"), "
					+ "allowNull(false), unique(false), sourceKey(\"email\"), onDelete(RESTRICT), onUpdate(NO_ACTION), "
					+ "constraints(false), destroyPrevious(true))");
	}

	@Test
	void belongsToRecordsItsTargetKey() {
		AssociationDefinition association = ModelDefinition.of(Profile.class)
			.belongsTo(User.class, as("owner"), targetKey("email"))
			.getAssociations()
			.get(0);
		assertThat(association.kind()).isEqualTo(AssociationKind.BELONGS_TO);
		assertThat(association.as()).isEqualTo("owner");
		assertThat(association.key()).isEqualTo("email");
		assertThat(association.keyOption()).isEqualTo("targetKey");
	}

	@Test
	void hasManyRecordsItsSourceKeyAndDestroyRemoved() {
		AssociationDefinition association = ModelDefinition.of(User.class)
			.hasMany(Profile.class, as("cards"), sourceKey("email"), destroyRemoved(true))
			.getAssociations()
			.get(0);
		assertThat(association).isEqualTo(new AssociationDefinition(AssociationKind.HAS_MANY, Profile.class, "cards",
				null, null, null, "email", null, null, null, null, true, null, null, null, null));
		assertThat(association.keyOption()).isEqualTo("sourceKey");
		assertThat(association.describe("User"))
			.isEqualTo("User.hasMany(Profile, as(\"cards\"), sourceKey(\"email\"), destroyRemoved(true))");
	}

	@Test
	void belongsToManyRecordsItsJunctionOptions() {
		AssociationDefinition association = ModelDefinition.of(User.class)
			.belongsToMany(Profile.class, as("cards"), through("user_cards"), foreignKey("holder_id"),
					otherKey("card_id"), sourceKey("email"), targetKey("number"), unique(true))
			.getAssociations()
			.get(0);
		assertThat(association)
			.isEqualTo(new AssociationDefinition(AssociationKind.BELONGS_TO_MANY, Profile.class, "cards", "holder_id",
					null, true, "email", null, null, null, null, null, "number", "user_cards", "card_id", null));
		assertThat(association.keyOption()).isEqualTo("sourceKey");
		assertThat(association.describe("User")).isEqualTo("User.belongsToMany(Profile, as(\"cards\"), "
				+ "foreignKey(\"holder_id\"), unique(true), sourceKey(\"email\"), targetKey(\"number\"), "
				+ "through(\"user_cards\"), otherKey(\"card_id\"))");
	}

	@Test
	void belongsToManyRejectsTheOptionsOfAForeignKeyColumnOfItsOwn() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).belongsToMany(Profile.class, allowNull(false)))
			.withMessage("User.belongsToMany(Profile) gives the option allowNull, but a junction's key columns are "
					+ "always NOT NULL, constrained, and deleted and updated with the rows they reference");
		assertThatExceptionOfType(InvalidModelException.class).isThrownBy(
				() -> ModelDefinition.of(User.class).belongsToMany(Profile.class, onDelete(ReferentialAction.SET_NULL)))
			.withMessageContaining("gives the option onDelete");
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).belongsToMany(Profile.class, constraints(false)))
			.withMessageContaining("gives the option constraints");
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).belongsToMany(Profile.class, unique(false)))
			.withMessage("User.belongsToMany(Profile) gives unique(false), but a junction links each pair at most once")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action()).startsWith("Remove unique(false)"));
	}

	@Test
	void aUniqueHasManyIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).hasMany(Profile.class, unique(true)))
			.withMessage(
					"User.hasMany(Profile) gives the option unique, but the foreign key of a hasMany is never unique")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action())
				.isEqualTo("Remove unique(...); for at most one Profile per User, declare hasOne instead."));
	}

	@Test
	void anOptionGivenTwiceIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).hasOne(Profile.class, as("a"), as("b")))
			.withMessage("User.hasOne(Profile) gives the option as twice")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action())
				.isEqualTo("Give each option of an association at most once."));
	}

	@Test
	void attributesRecordTheirOverrides() {
		AttributeDefinition attribute = ModelDefinition.of(User.class)
			.attribute("username", length(40), notNull(), AttributeOption.unique(), defaultValue("'anonymous'"),
					renamedFrom("login"))
			.getAttributes()
			.get(0);
		assertThat(attribute)
			.isEqualTo(new AttributeDefinition("username", null, 40, true, true, "'anonymous'", "login"));
		assertThat(ModelDefinition.of(User.class).attribute("bio", sqlType("varchar(500)")).getAttributes().get(0))
			.isEqualTo(new AttributeDefinition("bio", "varchar(500)", null, false, false, null, null));
	}

	@Test
	void aPropertyOverriddenTwiceIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).attribute("bio", notNull()).attribute("bio", length(3)))
			.withMessage("User.attribute(\"bio\") is declared twice");
	}

	@Test
	void anAttributeOptionGivenTwiceIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).attribute("bio", length(3), length(4)))
			.withMessage("User.attribute(\"bio\") gives the option length twice");
	}

	@Test
	void definitionsAreValues() {
		assertThat(ModelDefinition.of(User.class).hasOne(Profile.class, as("profile")))
			.isEqualTo(ModelDefinition.of(User.class).hasOne(Profile.class, as("profile")))
			.hasSameHashCodeAs(ModelDefinition.of(User.class).hasOne(Profile.class, as("profile")))
			.isNotEqualTo(ModelDefinition.of(User.class).hasOne(Profile.class, as("card")));
	}

	@Test
	void nullArgumentsAreRejectedAtOnce() {
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> as(null))
			.withMessage("as must not be null");
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> ModelDefinition.of(User.class).hasOne(null))
			.withMessage("target must not be null");
	}

}
