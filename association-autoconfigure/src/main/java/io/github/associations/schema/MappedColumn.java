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

import org.jspecify.annotations.Nullable;

/**
 * A column of a model's table together with the property that maps it.
 *
 * @param property the property, a dotted path inside embedded values, or {@code null} for
 * a column no property maps (timestamps)
 * @param javaType the property's type, the id type for an {@code AggregateReference}
 * @param column the column as the entity alone defines it
 * @param unique whether the column is the id or declared unique
 * @param referencedModel the target of an {@code AggregateReference} property, or
 * {@code null}
 * @param renamedFrom the column's previous name, or {@code null}
 */
record MappedColumn(@Nullable String property, Class<?> javaType, Column column, boolean unique,
		@Nullable Class<?> referencedModel, @Nullable String renamedFrom) {

	String name() {
		return this.column.name();
	}

	/**
	 * Return the property mapped to a column that the starter defines instead, such as a
	 * database-managed timestamp, which keeps no rename of the property's own column.
	 */
	MappedColumn withColumn(Column column) {
		return new MappedColumn(this.property, this.javaType, column, this.unique, this.referencedModel, null);
	}

}
