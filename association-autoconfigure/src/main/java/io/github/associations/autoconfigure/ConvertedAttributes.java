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

import io.github.associations.model.AttributeDefinition;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ModelProblem;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.data.mapping.MappingException;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Checks, once the application's mapping exists, that every property a model gives a
 * column type is one value for Spring Data JDBC. The schema is derived before the
 * application's conversions exist, so a property of a type of the application's own takes
 * a column when the model gives its type; only the application's converters make Spring
 * Data write it into that column rather than into a table of its own.
 */
final class ConvertedAttributes {

	private ConvertedAttributes() {
	}

	/**
	 * Check the model definitions of an application against its mapping.
	 * @param beans the application's beans
	 * @param context the application's mapping context
	 * @throws InvalidModelException listing every property Spring Data maps as an entity
	 */
	static void check(ListableBeanFactory beans, RelationalMappingContext context) {
		List<ModelProblem> problems = new ArrayList<>();
		for (ModelDefinition<?> definition : beans.getBeansOfType(ModelDefinition.class).values()) {
			for (AttributeDefinition attribute : definition.getAttributes()) {
				if (attribute.sqlType() != null && isEntity(context, definition.getType(), attribute.property())) {
					problems.add(new ModelProblem(definition.getName() + "." + attribute.property()
							+ " has the column type " + attribute.sqlType()
							+ ", but Spring Data JDBC maps its type as an entity: no converter of the application "
							+ "writes it as one value",
							"Register a @WritingConverter and a @ReadingConverter for it in a JdbcCustomConversions "
									+ "bean, or, if it is an entity inside the aggregate, declare ModelDefinition.of("
									+ definition.getName() + ".class).managedElsewhere() and remove its sqlType."));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidModelException(problems);
		}
	}

	private static boolean isEntity(RelationalMappingContext context, Class<?> type, String property) {
		try {
			RelationalPersistentProperty leaf = context.getPersistentPropertyPath(property, type).getLeafProperty();
			return leaf.isEntity() && !leaf.isEmbedded() && !leaf.isCollectionLike() && !leaf.isMap();
		}
		catch (MappingException ex) {
			return false;
		}
	}

}
