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
import io.github.associations.schema.Schema;
import io.github.associations.schema.SchemaDerivation;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of associations: collects every
 * {@link ModelDefinition} bean and derives the {@link Schema} of all of them at startup,
 * naming tables and columns with the application's {@link NamingStrategy}. Invalid
 * definitions stop the application with a failure analysis.
 */
@AutoConfiguration
@ConditionalOnClass(JdbcMappingContext.class)
@EnableConfigurationProperties(AssociationsProperties.class)
public final class AssociationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Schema associationSchema(ListableBeanFactory beanFactory) {
		return SchemaDerivation.derive(beanFactory);
	}

}
