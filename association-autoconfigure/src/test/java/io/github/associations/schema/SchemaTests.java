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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.notNull;
import static io.github.associations.model.AttributeOption.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema is an immutable value whose printed form is stable, so that it can be
 * compared with a reviewed golden file.
 */
class SchemaTests {

	@Test
	void usersWithProfilesAndPassportsPrintAsTheGoldenFile() throws IOException {
		Schema schema = Models.derive(
				ModelDefinition.of(User.class)
					.timestamps()
					.attribute("username", length(40), notNull(), unique())
					.hasOne(Profile.class)
					.hasOne(Passport.class, as("passport"), foreignKey("holder_id"), allowNull(false)),
				ModelDefinition.of(Profile.class).timestamps().belongsTo(User.class),
				ModelDefinition.of(Passport.class).timestamps().attribute("number", notNull(), unique()));
		assertThat(schema).hasToString(golden("schema/users-profiles-passports.txt"));
	}

	@Test
	void theSchemaIsImmutable() {
		Schema schema = Models.derive(ModelDefinition.of(User.class).hasOne(Profile.class),
				ModelDefinition.of(Profile.class));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> schema.tables().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> schema.associations().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> schema.tables().get(0).columns().clear());
	}

	private static String golden(String name) throws IOException {
		try (InputStream input = SchemaTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(input).as(name).isNotNull();
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Table("users")
	record User(@Id Long id, String username, @ReadOnlyProperty Instant createdAt) {
	}

	@Table("profiles")
	record Profile(@Id Long id, String bio) {
	}

	@Table("passports")
	record Passport(@Id Long id, String number) {
	}

}
