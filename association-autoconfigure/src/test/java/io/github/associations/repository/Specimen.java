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

package io.github.associations.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.annotation.Id;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A record of simple value types that a row reader must read as Spring Data's converter
 * does: an offset date-time, a decimal, a date, a primitive, a double and a value read by
 * a custom converter.
 *
 * @param id the id
 * @param collectedAt an offset date-time
 * @param weight a decimal
 * @param catalogued a date
 * @param fragile a primitive
 * @param depth a double
 * @param code a value the application's converters read and write
 */
@Table("specimens")
record Specimen(@Id @Nullable Long id, @Nullable OffsetDateTime collectedAt, @Nullable BigDecimal weight,
		@Nullable LocalDate catalogued, boolean fragile, @Nullable Double depth, @Nullable Code code) {

	/**
	 * A value stored as text by custom converters.
	 *
	 * @param value the text
	 */
	record Code(String value) {

	}

	@ReadingConverter
	static final class CodeReader implements Converter<String, Code> {

		@Override
		public Code convert(String source) {
			return new Code(source.substring("code:".length()));
		}

	}

	@WritingConverter
	static final class CodeWriter implements Converter<Code, String> {

		@Override
		public String convert(Code source) {
			return "code:" + source.value();
		}

	}

}
