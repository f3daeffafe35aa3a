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

import java.util.Comparator;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The name of a table as PostgreSQL stores it, with its schema when the model names one.
 *
 * @param schema the schema, or {@code null} for the connection's search path
 * @param name the table name
 */
public record TableName(@Nullable String schema, String name) implements Comparable<TableName> {

	private static final Comparator<TableName> ORDER = Comparator
		.comparing((TableName table) -> Objects.requireNonNullElse(table.schema(), ""))
		.thenComparing(TableName::name);

	/**
	 * Create a table name without a schema.
	 * @param name the table name
	 * @return the table name
	 */
	public static TableName of(String name) {
		return new TableName(null, name);
	}

	@Override
	public int compareTo(TableName other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

}
