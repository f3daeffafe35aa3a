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

package io.github.associations.diagram;

import java.util.Arrays;
import java.util.List;

import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;
import io.github.associations.schema.SchemaDerivation;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model as a Mermaid {@code erDiagram}: tables with their key and foreign key
 * columns, one relationship per foreign key with the cardinality its constraints give.
 */
class MermaidDiagramTests {

	@Test
	void tablesShowTheirKeysAndEachForeignKeyIsOneRelationshipWithItsCardinality() {
		Schema schema = schema(
				ModelDefinition.of(User.class)
					.hasOne(Profile.class)
					.hasOne(Passport.class, as("passport"), foreignKey("holder_id"), allowNull(false)),
				ModelDefinition.of(Profile.class).belongsTo(User.class), ModelDefinition.of(Passport.class));
		assertThat(MermaidDiagram.of(schema)).isEqualTo("""
				erDiagram
				    passports {
				        bigint id PK
				        bigint holder_id FK, UK
				    }
				    profiles {
				        bigint id PK
				        bigint user_id FK, UK
				    }
				    users {
				        bigint id PK
				    }
				    users ||--o| passports : "User.passport"
				    users |o--o| profiles : "Profile.user, User.profile"
				""");
	}

	@Test
	void aForeignKeyThatIsNotUniqueIsOneToMany() {
		Schema schema = schema(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, unique(false)));
		assertThat(MermaidDiagram.of(schema)).contains("    users |o--o{ profiles : \"Profile.user\"\n");
	}

	@Test
	void aManyToManyIsTwoOneToManyRelationshipsOfItsJunction() {
		Schema schema = schema(ModelDefinition.of(User.class).belongsToMany(Profile.class),
				ModelDefinition.of(Profile.class).belongsToMany(User.class));
		assertThat(MermaidDiagram.of(schema)).contains("""
				    profiles_users {
				        bigint profile_id PK, FK
				        bigint user_id PK, FK
				    }
				""").endsWith("""
				    profiles ||--o{ profiles_users : "Profile.users, User.profiles"
				    users ||--o{ profiles_users : "Profile.users, User.profiles"
				""");
	}

	private static Schema schema(ModelDefinition<?>... definitions) {
		List<DeclaredModel> models = Arrays.stream(definitions)
			.map((definition) -> DeclaredModel.bean(definition.getName(), definition))
			.toList();
		return SchemaDerivation.derive(models, DefaultNamingStrategy.INSTANCE);
	}

	@Table("users")
	record User(@Id Long id, String username) {
	}

	@Table("profiles")
	record Profile(@Id Long id, String bio) {
	}

	@Table("passports")
	record Passport(@Id Long id, String number) {
	}

}
