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

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.query.ValueFunction;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaShapeTests {

	@Test
	void criteriaThatDifferOnlyInTheirValuesHaveOneShape() {
		assertThat(shape(Criteria.where("name").is("a").and("age").greaterThan(3)))
			.isEqualTo(shape(Criteria.where("name").is("b").and("age").greaterThan(40)));
		assertThat(shape(Criteria.where("age").between(1, 2))).isEqualTo(shape(Criteria.where("age").between(3, 4)));
	}

	@Test
	void criteriaThatMayRenderOtherSqlHaveOtherShapes() {
		String shape = shape(Criteria.where("name").is("a").and("age").greaterThan(3));
		assertThat(List.of(shape(Criteria.where("name").is("a").or("age").greaterThan(3)),
				shape(Criteria.where("name").is("a").and("age").greaterThanOrEquals(3)),
				shape(Criteria.where("name").is("a").ignoreCase(true).and("age").greaterThan(3)),
				shape(Criteria.where("title").is("a").and("age").greaterThan(3)),
				shape(Criteria.where("name").is("a").and("age").greaterThan(3L)),
				shape(Criteria.where("name").is("a").and(Criteria.where("age").greaterThan(3))),
				shape(Criteria.where("name").is("a").and(Criteria.where("age").greaterThan(3).or("age").lessThan(1)))))
			.doesNotContain(shape)
			.doesNotHaveDuplicates();
	}

	@Test
	void collectionsAndValuesOfTheApplicationsTypesIgnoringCaseHaveNoShape() {
		assertThat(CriteriaShape.describe(Criteria.where("name").in("a", "b"), new StringBuilder())).isFalse();
		assertThat(CriteriaShape.describe(Criteria.where("origin").is(new Origin("north", 3)), new StringBuilder()))
			.isTrue();
		assertThat(CriteriaShape.describe(Criteria.where("origin").is(new Origin("north", 3)).ignoreCase(true),
				new StringBuilder()))
			.isFalse();
		assertThat(CriteriaShape.describe(Criteria.where("name").is("north").ignoreCase(true), new StringBuilder()))
			.isTrue();
	}

	@Test
	void valueFunctionsHaveNoShape() {
		assertThat(CriteriaShape.describe(
				Criteria.where("name").is("a").and("title").like((ValueFunction<String>) (escaper) -> "%a%"),
				new StringBuilder()))
			.isFalse();
	}

	record Origin(String site, int layer) {

	}

	private static String shape(CriteriaDefinition criteria) {
		StringBuilder description = new StringBuilder();
		assertThat(CriteriaShape.describe(criteria, description)).isTrue();
		return description.toString();
	}

}
