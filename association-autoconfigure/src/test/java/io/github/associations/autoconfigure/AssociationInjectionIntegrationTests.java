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

import io.github.associations.model.ModelDefinition;
import io.github.associations.repository.HasOneRepository;
import io.github.associations.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An application that injects a repository for an association its models do not declare
 * stops with a failure analysis that says where, what the source has, and what to
 * declare.
 */
@ExtendWith(OutputCaptureExtension.class)
class AssociationInjectionIntegrationTests {

	private final TestDatabase database = TestDatabase.create();

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void anUndeclaredAssociationStopsTheApplicationWithAFailureAnalysis(CapturedOutput output) {
		SpringApplication application = new SpringApplication(UndeclaredAssociationApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.datasource.url=" + this.database.getJdbcUrl(),
				"--spring.datasource.username=" + this.database.getUsername(), "--spring.flyway.enabled=false",
				"--associations.migrations.mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Parameter 0 of method passports in "
					+ "io.github.associations.autoconfigure.AssociationInjectionIntegrationTests$"
					+ "UndeclaredAssociationApplication needs an association repository, but: There is no "
					+ "User.hasOne(Passport); the associations of User are profile (hasOne Profile).")
			.contains("Declare it in the model definitions, such as ModelDefinition.of(User.class)"
					+ ".hasOne(Passport.class), or ask for an association that User has.");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class UndeclaredAssociationApplication {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class).hasOne(Profile.class);
		}

		@Bean
		ModelDefinition<Profile> profile() {
			return ModelDefinition.of(Profile.class);
		}

		@Bean
		ModelDefinition<Passport> passport() {
			return ModelDefinition.of(Passport.class);
		}

		@Bean
		Object passports(HasOneRepository<User, Passport> passports) {
			return passports;
		}

	}

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("profiles")
	record Profile(@Id Long id, Long userId) {
	}

	@Table("passports")
	record Passport(@Id Long id) {
	}

}
