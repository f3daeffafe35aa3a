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

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A record with an array and an embedded value with a prefix, which eager loads leave to
 * Spring Data's converter.
 *
 * @param id the id
 * @param tags an array
 * @param origin an embedded value, with the prefix {@code origin_}
 */
@Table("excavations")
record Excavation(@Id @Nullable Long id, String @Nullable [] tags,
		@Embedded.Nullable(prefix = "origin_") @Nullable Origin origin) {

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Excavation that && Objects.equals(this.id, that.id)
				&& Arrays.equals(this.tags, that.tags) && Objects.equals(this.origin, that.origin);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, Arrays.hashCode(this.tags), this.origin);
	}

	@Override
	public String toString() {
		return "Excavation[id=" + this.id + ", tags=" + Arrays.toString(this.tags) + ", origin=" + this.origin + "]";
	}

	/**
	 * Where a dig took place.
	 *
	 * @param site the site
	 * @param layer the layer
	 */
	record Origin(@Nullable String site, @Nullable Integer layer) {

	}

}
