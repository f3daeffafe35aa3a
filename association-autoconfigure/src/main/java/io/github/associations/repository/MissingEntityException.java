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

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.atteo.evo.inflector.English;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataRetrievalFailureException;

/**
 * Thrown when a row that an association operation needs does not exist: the source to
 * link, or the targets to link it with. The message names the association and every
 * missing row, such as {@code User.profile: Profile 7 does not exist} or
 * {@code User.posts: Posts 7, 9 do not exist}; the database keeps its previous state.
 */
public class MissingEntityException extends DataRetrievalFailureException {

	private final Class<?> entityType;

	private final List<@Nullable Object> ids;

	MissingEntityException(String association, Class<?> entityType, @Nullable Object id, @Nullable Throwable cause) {
		super(association + ": " + entityType.getSimpleName() + " " + id + " does not exist", cause);
		this.entityType = entityType;
		this.ids = Collections.singletonList(id);
	}

	MissingEntityException(String association, Class<?> entityType, List<?> ids) {
		this(association, entityType, ids, "does not exist", "do not exist");
	}

	/**
	 * Create an exception for entities that are missing where the call needs them, such
	 * as links of a source: {@code Post.tags: Tags 4, 5 are not linked with Post 1}.
	 */
	MissingEntityException(String association, Class<?> entityType, List<?> ids, String isMissing, String areMissing) {
		super(association + ": "
				+ ((ids.size() == 1) ? entityType.getSimpleName() + " " + ids.get(0) + " " + isMissing
						: English.plural(entityType.getSimpleName()) + " "
								+ ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " "
								+ areMissing));
		this.entityType = entityType;
		this.ids = List.copyOf(ids);
	}

	/**
	 * Return the type of the entity that does not exist.
	 * @return the entity type
	 */
	public Class<?> getEntityType() {
		return this.entityType;
	}

	/**
	 * Return the id or key of the entity that does not exist, the first one when several
	 * do not.
	 * @return the id or key
	 */
	public @Nullable Object getId() {
		return this.ids.get(0);
	}

	/**
	 * Return the ids or keys of the entities that do not exist.
	 * @return the ids or keys
	 */
	public List<@Nullable Object> getIds() {
		return this.ids;
	}

}
