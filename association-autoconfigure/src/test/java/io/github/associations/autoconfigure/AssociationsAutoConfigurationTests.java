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

package io.github.associations.autoconfigure;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.github.associations.schema.TableName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AssociationsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AssociationsAutoConfiguration.class));

	@Test
	void derivesTheSchemaOfEveryModelDefinitionBean() {
		this.contextRunner.withUserConfiguration(Models.class).run((context) -> {
			Schema schema = context.getBean(Schema.class);
			assertThat(schema.tables()).extracting((table) -> table.name().name()).containsExactly("profiles", "users");
			assertThat(schema.associations()).extracting(Association::qualifiedName, Association::declaredBy)
				.containsExactly(tuple("Profile.user", "bean 'profile'"), tuple("User.profile", "bean 'user'"));
		});
	}

	@Test
	void namesTablesWithTheApplicationsNamingStrategy() {
		this.contextRunner.withUserConfiguration(Models.class, NamingStrategyConfiguration.class)
			.run((context) -> assertThat(context.getBean(Schema.class).tables()).extracting((table) -> table.name())
				.containsExactly(new TableName("app", "profiles"), new TableName("app", "users")));
	}

	@Test
	void anApplicationWithoutModelsHasAnEmptySchema() {
		this.contextRunner.run((context) -> assertThat(context.getBean(Schema.class).tables()).isEmpty());
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnSchema() {
		this.contextRunner.withUserConfiguration(UserSchemaConfiguration.class)
			.run((context) -> assertThat(context.getBean(Schema.class))
				.isSameAs(context.getBean(UserSchemaConfiguration.class).schema));
	}

	@Test
	void invalidModelsStopTheApplicationWithAFailureAnalysis() {
		this.contextRunner.withUserConfiguration(InvalidModels.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidModelFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).isEqualTo("The model definitions are invalid: "
					+ "User.profile, declared as User.hasOne(Profile, allowNull(false)) in bean 'user' and "
					+ "Profile.user, declared as Profile.belongsTo(User, allowNull(true)) in bean 'profile' disagree on allowNull: false and true.");
			assertThat(analysis.getAction()).isEqualTo("Give allowNull on one side only, or the same value on both.");
		});
	}

	@Test
	void severalProblemsAreListedWithTheirActions() {
		this.contextRunner.withUserConfiguration(SeveralProblems.class).run((context) -> {
			FailureAnalysis analysis = new InvalidModelFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).isEqualTo(
					"""
							The model definitions have 2 problems:

							1. User.pro file, declared as User.hasOne(Profile, as("pro file")) in bean 'user': Profile is not a defined model.
							2. User.profile, declared as User.hasOne(Profile, as("profile")) in bean 'user': Profile is not a defined model.""");
			assertThat(analysis.getAction()).isEqualTo("""
					Fix each problem:

					1. Declare a ModelDefinition<Profile> bean, or remove the association.
					2. Declare a ModelDefinition<Profile> bean, or remove the association.""");
		});
	}

	@Test
	void aUniqueBelongsToPairedWithAHasManyStopsTheApplicationWithAFailureAnalysis() {
		this.contextRunner.withUserConfiguration(UniqueHasMany.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidModelFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).isEqualTo("The model definitions are invalid: "
					+ "User.profiles, declared as User.hasMany(Profile) in bean 'user' and Profile.user, declared as "
					+ "Profile.belongsTo(User, unique(true)) in bean 'profile': unique(true) on a belongsTo paired "
					+ "with a hasMany.");
			assertThat(analysis.getAction()).isEqualTo("Remove unique(true): a hasMany's foreign key is never unique; "
					+ "for at most one Profile per User, declare hasOne.");
		});
	}

	@Test
	void theFailureAnalyzerIsRegistered() throws IOException {
		Properties factories = PropertiesLoaderUtils.loadProperties(new ClassPathResource("META-INF/spring.factories"));
		assertThat(List.of(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer").split(",")))
			.contains(InvalidModelFailureAnalyzer.class.getName());
	}

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("profiles")
	record Profile(@Id Long id) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Models {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class).hasOne(Profile.class);
		}

		@Bean
		ModelDefinition<Profile> profile() {
			return ModelDefinition.of(Profile.class).belongsTo(User.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InvalidModels {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class).hasOne(Profile.class, allowNull(false));
		}

		@Bean
		ModelDefinition<Profile> profile() {
			return ModelDefinition.of(Profile.class).belongsTo(User.class, allowNull(true));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UniqueHasMany {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class).hasMany(Profile.class);
		}

		@Bean
		ModelDefinition<Profile> profile() {
			return ModelDefinition.of(Profile.class).belongsTo(User.class, unique(true));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SeveralProblems {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class)
				.hasOne(Profile.class, as("profile"))
				.hasOne(Profile.class, as("pro file"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NamingStrategyConfiguration {

		@Bean
		NamingStrategy namingStrategy() {
			return new NamingStrategy() {

				@Override
				public String getSchema() {
					return "app";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserSchemaConfiguration {

		final Schema schema = new Schema(List.of(), List.of());

		@Bean
		Schema schema() {
			return this.schema;
		}

	}

}
