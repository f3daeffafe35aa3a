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

package io.github.associations.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.associations.model.DeclaredModel;
import io.github.associations.model.ModelDefinition;

import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;

/**
 * Derives schemas from model definitions declared as beans named after their models.
 */
final class Models {

	private Models() {
	}

	static Schema derive(ModelDefinition<?>... definitions) {
		return SchemaDerivation.derive(declared(definitions), DefaultNamingStrategy.INSTANCE);
	}

	static List<DeclaredModel> declared(ModelDefinition<?>... definitions) {
		List<DeclaredModel> models = new ArrayList<>();
		Arrays.stream(definitions)
			.forEach((definition) -> models
				.add(new DeclaredModel("bean '" + Character.toLowerCase(definition.getName().charAt(0))
						+ definition.getName().substring(1) + "'", definition)));
		return models;
	}

}
