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

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that checks, once at startup and
 * before Flyway migrates, that the application's PostgreSQL server is one the starter
 * supports.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, EmbeddedPostgresAutoConfiguration.class },
		beforeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnSingleCandidate(DataSource.class)
public final class PostgresVersionAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PostgresVersionCheck postgresVersionCheck(DataSource dataSource) {
		return new PostgresVersionCheck(dataSource);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Flyway.class)
	static class FlywayConfiguration {

		@Bean
		static FlywayAfterPostgresVersionCheck flywayAfterPostgresVersionCheck() {
			return new FlywayAfterPostgresVersionCheck();
		}

	}

	/**
	 * Makes Flyway wait for the version check: its initializer's migration, and the write
	 * mode of the generated migrations, which uses Flyway itself.
	 */
	static class FlywayAfterPostgresVersionCheck extends AbstractDependsOnBeanFactoryPostProcessor {

		FlywayAfterPostgresVersionCheck() {
			super(Flyway.class, PostgresVersionCheck.class);
		}

	}

}
