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

import java.util.ArrayList;
import java.util.List;

import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;
import io.github.associations.schema.SchemaDerivation;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * The model definition beans of an application and the schema they derive.
 */
final class ModelDefinitionBeans {

	private ModelDefinitionBeans() {
	}

	/**
	 * Derive the schema of every {@link ModelDefinition} bean, naming tables and columns
	 * with the application's {@link NamingStrategy} bean, if any.
	 * @param beanFactory the application's bean factory
	 * @return the schema
	 */
	static Schema schema(ListableBeanFactory beanFactory) {
		return SchemaDerivation.derive(declaredModels(beanFactory),
				beanFactory.getBeanProvider(NamingStrategy.class).getIfAvailable(() -> DefaultNamingStrategy.INSTANCE));
	}

	/**
	 * Return every {@link ModelDefinition} bean, each with its bean name.
	 * @param beanFactory the application's bean factory
	 * @return the declared models
	 */
	static List<DeclaredModel> declaredModels(ListableBeanFactory beanFactory) {
		List<DeclaredModel> models = new ArrayList<>();
		for (String name : beanFactory.getBeanNamesForType(ModelDefinition.class)) {
			models.add(DeclaredModel.bean(name, beanFactory.getBean(name, ModelDefinition.class)));
		}
		return models;
	}

}
