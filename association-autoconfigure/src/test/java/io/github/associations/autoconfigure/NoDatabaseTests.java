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
 * An application without a database, such as a test that forgot
 * {@code @AutoConfigureEmbeddedPostgres}, stops with an action that says how to connect
 * to PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoDatabaseTests {

	@Test
	void anApplicationWithoutADatabaseIsToldHowToConnectToPostgresql(CapturedOutput output) {
		SpringApplication application = new SpringApplication(ApplicationWithoutDatabase.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException()
			.isThrownBy(() -> application.run("--spring.flyway.enabled=false", "--associations.migrations.mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("No database is configured: spring.datasource.url is not set, and the association starter "
					+ "needs PostgreSQL.")
			.contains("In a test, annotate the test class with @AutoConfigureEmbeddedPostgres")
			.doesNotContain("H2, HSQL or Derby");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ApplicationWithoutDatabase {

		@Bean
		ModelDefinition<User> user() {
			return ModelDefinition.of(User.class);
		}

	}

	@Table("users")
	record User(@Id Long id) {
	}

}
