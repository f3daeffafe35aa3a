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

import java.util.List;

import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.annotation.Id;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

import static io.github.associations.model.AttributeOption.sqlType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ConvertedAttributesTests {

	@Test
	void aColumnTypeForAValueNoConverterWritesFailsAtStartup() {
		StaticListableBeanFactory beans = models();
		assertThatExceptionOfType(InvalidModelException.class)
			.isThrownBy(() -> ConvertedAttributes.check(beans, new JdbcMappingContext()))
			.withMessageContaining("Coded.code has the column type text, but Spring Data JDBC maps its type as an "
					+ "entity: no converter of the application writes it as one value")
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.action())
					.isEqualTo("Register a @WritingConverter and a @ReadingConverter for it in a "
							+ "JdbcCustomConversions bean, or, if it is an entity inside the aggregate, declare "
							+ "ModelDefinition.of(Coded.class).managedElsewhere() and remove its sqlType.")));
	}

	@Test
	void aColumnTypeForAValueTheConvertersWriteIsAccepted() {
		JdbcMappingContext context = new JdbcMappingContext();
		context.setSimpleTypeHolder(
				JdbcCustomConversions.of(JdbcPostgresDialect.INSTANCE, List.of(new CodeWriter(), new CodeReader()))
					.getSimpleTypeHolder());
		assertThatNoException().isThrownBy(() -> ConvertedAttributes.check(models(), context));
	}

	private static StaticListableBeanFactory models() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("coded", ModelDefinition.of(Coded.class).attribute("code", sqlType("text")));
		return beans;
	}

	record Code(String value) {

	}

	record Coded(@Id Long id, Code code) {

	}

	@WritingConverter
	static final class CodeWriter implements Converter<Code, String> {

		@Override
		public String convert(Code source) {
			return source.value();
		}

	}

	@ReadingConverter
	static final class CodeReader implements Converter<String, Code> {

		@Override
		public Code convert(String source) {
			return new Code(source);
		}

	}

}
