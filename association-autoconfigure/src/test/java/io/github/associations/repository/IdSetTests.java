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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IdSet}.
 */
class IdSetTests {

	@Test
	void anIdIsAddedOnceByEquality() {
		IdSet ids = new IdSet(4);
		for (long id = 1_000; id < 11_000; id++) {
			assertThat(ids.add(Long.valueOf(id))).isTrue();
		}
		for (long id = 1_000; id < 11_000; id++) {
			assertThat(ids.add(Long.valueOf(id))).as("%s again", id).isFalse();
		}
		assertThat(ids.add(11_000L)).isTrue();
	}

	@Test
	void compositeKeysCompareByTheirValues() {
		IdSet ids = new IdSet(16);
		assertThat(ids.add(List.of(1L, 2L))).isTrue();
		assertThat(ids.add(List.of(2L, 1L))).isTrue();
		assertThat(ids.add(List.of(1L, 2L))).isFalse();
		assertThat(ids.add("2")).isTrue();
		assertThat(ids.add(2L)).isTrue();
	}

	@Test
	void idsWithEqualHashCodesAreTold() {
		IdSet ids = new IdSet(16);
		assertThat("Aa").hasSameHashCodeAs("BB");
		assertThat(ids.add("Aa")).isTrue();
		assertThat(ids.add("BB")).isTrue();
		assertThat(ids.add("Aa")).isFalse();
		assertThat(ids.add("BB")).isFalse();
	}

}
