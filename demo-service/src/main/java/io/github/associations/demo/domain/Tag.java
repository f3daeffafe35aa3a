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

package io.github.associations.demo.domain;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A tag: a unique name that many posts may carry, each post many tags.
 *
 * @param id the id, {@code null} until saved
 * @param name the name, unique
 */
@Table("tags")
public record Tag(@Id @Nullable Long id, String name) {

	/**
	 * Return a saved tag by its id alone, to link or unlink: the association repositories
	 * need only its id.
	 * @param id the id
	 * @return the tag
	 */
	public static Tag withId(long id) {
		return new Tag(id, "");
	}

}
