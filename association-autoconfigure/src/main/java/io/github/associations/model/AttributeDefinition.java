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

package io.github.associations.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The overrides a model definition declares for one property's column.
 *
 * @param property the property, a dotted path for a property of an embedded value
 * ({@code address.city})
 * @param sqlType the column type instead of the derived one, or {@code null}
 * @param length the maximum length of a {@code String}, or {@code null}
 * @param notNull whether the column does not accept {@code NULL}
 * @param unique whether the column is unique
 * @param defaultValue the column's default expression, or {@code null}
 * @param renamedFrom the column's previous name, or {@code null}
 */
public record AttributeDefinition(String property, @Nullable String sqlType, @Nullable Integer length, boolean notNull,
		boolean unique, @Nullable String defaultValue, @Nullable String renamedFrom) {

	static AttributeDefinition of(String model, String property, List<AttributeOption> options) {
		Map<AttributeOption.Name, Object> values = Option.values(AttributeOption.Name.class, options,
				(name) -> new InvalidModelException(
						model + ".attribute(\"" + property + "\") gives the option " + name.label() + " twice",
						"Give each option of an attribute at most once."));
		return new AttributeDefinition(property, (String) values.get(AttributeOption.Name.SQL_TYPE),
				(Integer) values.get(AttributeOption.Name.LENGTH), values.containsKey(AttributeOption.Name.NOT_NULL),
				values.containsKey(AttributeOption.Name.UNIQUE),
				(String) values.get(AttributeOption.Name.DEFAULT_VALUE),
				(String) values.get(AttributeOption.Name.RENAMED_FROM));
	}

}
