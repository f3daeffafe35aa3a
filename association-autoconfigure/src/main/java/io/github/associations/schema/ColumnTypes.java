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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL column types of Java types, and the checks of the types and defaults a
 * model definition gives explicitly. Strings are {@code text}: PostgreSQL stores
 * {@code text} and {@code varchar} alike, and a length is a constraint the model asks for
 * with {@code length(n)}.
 */
final class ColumnTypes {

	private static final Map<Class<?>, String> TYPES = Map.ofEntries(Map.entry(Long.class, "bigint"),
			Map.entry(long.class, "bigint"), Map.entry(Integer.class, "integer"), Map.entry(int.class, "integer"),
			Map.entry(Short.class, "smallint"), Map.entry(short.class, "smallint"), Map.entry(String.class, "text"),
			Map.entry(Boolean.class, "boolean"), Map.entry(boolean.class, "boolean"),
			Map.entry(BigDecimal.class, "numeric"), Map.entry(BigInteger.class, "numeric"),
			Map.entry(Double.class, "double precision"), Map.entry(double.class, "double precision"),
			Map.entry(Float.class, "real"), Map.entry(float.class, "real"), Map.entry(UUID.class, "uuid"),
			Map.entry(LocalDate.class, "date"), Map.entry(LocalTime.class, "time"),
			Map.entry(LocalDateTime.class, "timestamp"), Map.entry(Instant.class, "timestamptz"),
			Map.entry(OffsetDateTime.class, "timestamptz"), Map.entry(byte[].class, "bytea"));

	private static final Set<Class<?>> IDENTITY_TYPES = Set.of(Long.class, long.class, Integer.class, int.class,
			Short.class, short.class);

	private static final String TYPE = "[A-Za-z][A-Za-z0-9_]*( [A-Za-z][A-Za-z0-9_]*)*"
			+ "( ?\\( ?[0-9]+( ?, ?[0-9]+)? ?\\))?( ?\\[\\])?";

	private static final Pattern SQL_TYPE = Pattern.compile(TYPE);

	private static final Pattern DEFAULT_VALUE = Pattern.compile(
			"(-?[0-9]+(\\.[0-9]+)?|'([^']|'')*'|true|false|null"
					+ "|current_date|current_timestamp|current_time|[A-Za-z_][A-Za-z0-9_]*\\(\\))(::" + TYPE + ")?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The default of a {@code UUID} id.
	 */
	static final String UUID_DEFAULT = "gen_random_uuid()";

	private ColumnTypes() {
	}

	/**
	 * Return the column type of a Java type.
	 * @param type the Java type
	 * @return the column type, or {@code null} when the type has no column type of its
	 * own
	 */
	static @Nullable String of(Class<?> type) {
		if (type.isEnum()) {
			return "text";
		}
		return TYPES.get(type);
	}

	/**
	 * Return whether an id of this type is generated as an identity column.
	 * @param type the id's Java type
	 * @return whether it is an identity
	 */
	static boolean isIdentity(Class<?> type) {
		return IDENTITY_TYPES.contains(type);
	}

	/**
	 * Return whether an explicit column type is well-formed: words, an optional
	 * {@code (precision[, scale])} and an optional {@code []}.
	 * @param sqlType the column type
	 * @return whether it is acceptable
	 */
	static boolean isAcceptableType(String sqlType) {
		return SQL_TYPE.matcher(sqlType).matches();
	}

	/**
	 * Return whether an explicit default is a literal, a constant or a call without
	 * arguments, optionally cast.
	 * @param defaultValue the default expression
	 * @return whether it is acceptable
	 */
	static boolean isAcceptableDefault(String defaultValue) {
		return DEFAULT_VALUE.matcher(defaultValue).matches();
	}

	/**
	 * Return the Java type that stands for a primitive or its wrapper, so that
	 * {@code long} and {@code Long} compare equal.
	 * @param type the type
	 * @return the wrapper type for a primitive, else the type
	 */
	static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
			case "long" -> Long.class;
			case "int" -> Integer.class;
			case "short" -> Short.class;
			case "boolean" -> Boolean.class;
			case "double" -> Double.class;
			case "float" -> Float.class;
			case "byte" -> Byte.class;
			case "char" -> Character.class;
			default -> type;
		};
	}

}
