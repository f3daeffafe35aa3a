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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.github.associations.model.AttributeOption;
import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ReferentialAction;
import io.github.associations.schema.Schema;
import io.github.associations.schema.SchemaDerivation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.constraints;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.onDelete;
import static io.github.associations.model.AssociationOption.targetKey;
import static io.github.associations.model.AssociationOption.unique;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.notNull;

/**
 * Models that exercise every part of the DDL: timestamps, a NOT NULL hasOne, a
 * self-association, a schema-qualified table referencing a unique non-id key with a
 * non-unique foreign key, a cycle of NOT NULL foreign keys and a foreign key without a
 * constraint.
 */
final class Domain {

	private Domain() {
	}

	static ModelDefinition<User> user() {
		return ModelDefinition.of(User.class)
			.timestamps()
			.attribute("username", length(40), notNull(), AttributeOption.unique())
			.attribute("email", AttributeOption.unique())
			.hasOne(Profile.class)
			.hasOne(Passport.class, as("passport"), foreignKey("holder_id"), allowNull(false));
	}

	static ModelDefinition<Profile> profile() {
		return ModelDefinition.of(Profile.class).timestamps().belongsTo(User.class);
	}

	static ModelDefinition<Passport> passport() {
		return ModelDefinition.of(Passport.class).attribute("number", notNull(), AttributeOption.unique());
	}

	static ModelDefinition<Employee> employee() {
		return ModelDefinition.of(Employee.class)
			.hasOne(Employee.class, as("mentee"), foreignKey("mentor_id"))
			.belongsTo(Employee.class, as("mentor"));
	}

	static ModelDefinition<Invoice> invoice() {
		return ModelDefinition.of(Invoice.class)
			.belongsTo(User.class, as("customer"), targetKey("email"), unique(false),
					onDelete(ReferentialAction.RESTRICT));
	}

	static ModelDefinition<Chicken> chicken() {
		return ModelDefinition.of(Chicken.class).belongsTo(Egg.class, allowNull(false));
	}

	static ModelDefinition<Egg> egg() {
		return ModelDefinition.of(Egg.class).belongsTo(Chicken.class, allowNull(false));
	}

	static ModelDefinition<Note> note() {
		return ModelDefinition.of(Note.class).belongsTo(User.class, constraints(false));
	}

	static List<ModelDefinition<?>> all() {
		return List.of(user(), profile(), passport(), employee(), invoice(), chicken(), egg(), note());
	}

	static Schema schema(ModelDefinition<?>... definitions) {
		return schema(Arrays.asList(definitions));
	}

	static Schema schema(List<ModelDefinition<?>> definitions) {
		List<DeclaredModel> models = new ArrayList<>();
		definitions.forEach((definition) -> models.add(DeclaredModel.bean(definition.getName(), definition)));
		return SchemaDerivation.derive(models, DefaultNamingStrategy.INSTANCE);
	}

	@Table("users")
	record User(@Id Long id, String username, String email, @ReadOnlyProperty Instant createdAt) {
	}

	@Table("profiles")
	record Profile(@Id Long id, String bio) {
	}

	@Table("passports")
	record Passport(@Id Long id, String number) {
	}

	@Table("employees")
	record Employee(@Id Long id, String name) {
	}

	@Table(schema = "billing", name = "invoices")
	record Invoice(@Id UUID id, BigDecimal amount) {
	}

	@Table("chickens")
	record Chicken(@Id Long id) {
	}

	@Table("eggs")
	record Egg(@Id Long id) {
	}

	@Table("notes")
	record Note(@Id Long id, String text) {
	}

}
