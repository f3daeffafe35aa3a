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

/**
 * An override of how a property's column is defined, for where the Java type is not
 * enough. Meant to be statically imported:
 *
 * <pre class="code">
 * ModelDefinition.of(User.class).attribute("username", length(40), notNull(), unique());
 * </pre>
 */
public final class AttributeOption extends Option<AttributeOption.Name> {

	private AttributeOption(Name name, Object value) {
		super(name, value);
	}

	/**
	 * The PostgreSQL type of the column, such as {@code varchar(40)},
	 * {@code numeric(10,2)} or {@code jsonb}, instead of the type derived from the Java
	 * type.
	 * @param sqlType the column type
	 * @return the option
	 */
	public static AttributeOption sqlType(String sqlType) {
		return new AttributeOption(Name.SQL_TYPE, sqlType);
	}

	/**
	 * The maximum length of a {@code String} property: its column becomes
	 * {@code varchar(length)} instead of {@code text}.
	 * @param length the maximum number of characters
	 * @return the option
	 */
	public static AttributeOption length(int length) {
		return new AttributeOption(Name.LENGTH, length);
	}

	/**
	 * The column does not accept {@code NULL}.
	 * @return the option
	 */
	public static AttributeOption notNull() {
		return new AttributeOption(Name.NOT_NULL, true);
	}

	/**
	 * The column is unique; such a property can be the key of an association.
	 * @return the option
	 */
	public static AttributeOption unique() {
		return new AttributeOption(Name.UNIQUE, true);
	}

	/**
	 * The column's default: a number, a string literal in single quotes, {@code true},
	 * {@code false}, {@code null}, {@code current_date}, {@code current_timestamp} or a
	 * function call without arguments such as {@code now()}, optionally cast with
	 * {@code ::type}.
	 * @param expression the default expression
	 * @return the option
	 */
	public static AttributeOption defaultValue(String expression) {
		return new AttributeOption(Name.DEFAULT_VALUE, expression);
	}

	/**
	 * The column's previous name, so that a migration renames the column instead of
	 * dropping it and adding a new one.
	 * @param previousColumnName the previous column name
	 * @return the option
	 */
	public static AttributeOption renamedFrom(String previousColumnName) {
		return new AttributeOption(Name.RENAMED_FROM, previousColumnName);
	}

	enum Name implements Option.Named {

		SQL_TYPE("sqlType"), LENGTH("length"), NOT_NULL("notNull"), UNIQUE("unique"), DEFAULT_VALUE("defaultValue"),
		RENAMED_FROM("renamedFrom");

		private final String label;

		Name(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return this.label;
		}

	}

}
