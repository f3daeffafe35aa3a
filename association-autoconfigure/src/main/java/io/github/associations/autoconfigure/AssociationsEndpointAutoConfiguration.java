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

import java.util.Locale;

import io.github.associations.actuate.AssociationsEndpoint;
import io.github.associations.migration.Migrations;
import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@code associations} actuator
 * endpoint, as Spring Boot configures its own Flyway endpoint: only with actuator, when
 * the endpoint is available, and backing off for an application's own.
 */
@AutoConfiguration(after = { AssociationsAutoConfiguration.class, AssociationMigrationsAutoConfiguration.class })
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(Schema.class)
@ConditionalOnAvailableEndpoint(AssociationsEndpoint.class)
@EnableConfigurationProperties(AssociationsProperties.class)
public final class AssociationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AssociationsEndpoint associationsEndpoint(Schema schema, ObjectProvider<ModelDefinition<?>> definitions,
			ObjectProvider<Migrations> migrations, AssociationsProperties properties) {
		return new AssociationsEndpoint(schema, definitions.orderedStream().toList(), migrations.getIfAvailable(),
				properties.getMigrations().getMode().name().toLowerCase(Locale.ROOT));
	}

}
