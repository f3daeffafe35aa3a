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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;

/**
 * Makes Flyway's migration wait for {@link AssociationMigrations}, so that a migration
 * written at startup is applied in the same start and missing migrations stop the
 * application before Flyway changes the database.
 */
class FlywayInitializerOrdering implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String[] migrations = beanFactory.getBeanNamesForType(AssociationMigrations.class, true, false);
		if (migrations.length == 0) {
			return;
		}
		for (String initializer : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
			BeanDefinition definition = beanFactory.getBeanDefinition(initializer);
			Set<String> dependsOn = new LinkedHashSet<>();
			if (definition.getDependsOn() != null) {
				dependsOn.addAll(List.of(definition.getDependsOn()));
			}
			dependsOn.addAll(List.of(migrations));
			definition.setDependsOn(dependsOn.toArray(String[]::new));
		}
	}

}
