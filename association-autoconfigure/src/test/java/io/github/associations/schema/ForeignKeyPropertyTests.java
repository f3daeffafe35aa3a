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

import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ReferentialAction;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.onDelete;
import static io.github.associations.model.AttributeOption.defaultValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Entities that map the foreign key column themselves.
 */
class ForeignKeyPropertyTests {

	@Test
	void anAggregateReferenceDefinesTheForeignKeyColumn() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Card.class),
				ModelDefinition.of(Card.class).belongsTo(User.class));
		assertThat(schema.tableOf("Card").orElseThrow().toString()).isEqualTo("""
				table cards (model Card)
				  id bigint not null identity
				  owner_ref bigint
				  primary key pk_cards (id)
				  unique uq_cards_owner_ref (owner_ref)
				  foreign key fk_cards_owner_ref (owner_ref) references users (id) on delete set null on update cascade
				""");
		assertThat(schema.association(Card.class, "user").orElseThrow().foreignKeyProperty()).isEqualTo("user");
		assertThat(schema.association(User.class, "card").orElseThrow().foreignKeyProperty()).isEqualTo("user");
	}

	@Test
	void aPropertyOfTheKeysTypeOnTheForeignKeyColumnMapsIt() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Badge.class).belongsTo(User.class));
		assertThat(schema.tableOf("Badge").orElseThrow().columns()).extracting(Object::toString)
			.containsExactly("id bigint not null identity", "user_id bigint");
		assertThat(schema.association(Badge.class, "user").orElseThrow().foreignKeyProperty()).isEqualTo("userId");
	}

	@Test
	void anExplicitForeignKeyThatDisagreesWithTheAggregateReferenceIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class),
					ModelDefinition.of(Card.class).belongsTo(User.class, foreignKey("user_id"))))
			.withMessage(
					"Card.user, declared as Card.belongsTo(User, foreignKey(\"user_id\")) in bean 'card': Card.user maps column owner_ref, "
							+ "but foreignKey(\"user_id\") names another column");
	}

	@Test
	void aForeignKeyPropertyOfAnotherTypeIsRejected() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class),
					ModelDefinition.of(Sticker.class).belongsTo(User.class)))
			.withMessage(
					"Sticker.user, declared as Sticker.belongsTo(User) in bean 'sticker': Sticker.userId maps the foreign key column "
							+ "with type String, but User.id is Long")
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).action())
				.isEqualTo("Give Sticker.userId the type Long."));
	}

	@Test
	void aPrimitiveForeignKeyPropertyNeedsANotNullForeignKey() {
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> Models.derive(ModelDefinition.of(User.class),
					ModelDefinition.of(Stamp.class).belongsTo(User.class)))
			.withMessage("Stamp.user, declared as Stamp.belongsTo(User) in bean 'stamp': Stamp.userId is primitive, "
					+ "so it cannot hold a missing reference");
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Stamp.class).belongsTo(User.class, allowNull(false)));
		assertThat(schema.tableOf("Stamp").orElseThrow().column("user_id").orElseThrow().nullable()).isFalse();
	}

	@Test
	void setDefaultNeedsTheForeignKeyPropertysDefault() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Badge.class)
					.attribute("userId", defaultValue("1"))
					.belongsTo(User.class, onDelete(ReferentialAction.SET_DEFAULT)));
		assertThat(schema.tableOf("Badge").orElseThrow().toString()).contains("  user_id bigint default 1\n")
			.contains("on delete set default");
	}

	@Test
	void theForeignKeyPropertyMayShareTheAssociationsName() {
		Schema schema = Models.derive(ModelDefinition.of(User.class),
				ModelDefinition.of(Card.class).belongsTo(User.class));
		assertThat(schema.association(Card.class, "user")).isPresent();
	}

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("cards")
	record Card(@Id Long id, @Column("owner_ref") AggregateReference<User, Long> user) {
	}

	@Table("badges")
	record Badge(@Id Long id, Long userId) {
	}

	@Table("stickers")
	record Sticker(@Id Long id, String userId) {
	}

	@Table("stamps")
	record Stamp(@Id Long id, long userId) {
	}

}
