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

package io.github.associations.benchmarks.systems;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entities a system holds by id, as an application holds entities it loaded before.
 *
 * @param <T> the entity type
 */
public final class HeldEntities<T> {

	private static final int LOAD_CHUNK = 10_000;

	private final Map<Long, T> entities = new HashMap<>();

	private final Function<T, Long> id;

	/**
	 * Create an empty set of held entities.
	 * @param id returns an entity's id
	 */
	public HeldEntities(Function<T, Long> id) {
		this.id = id;
	}

	/**
	 * Load and hold entities, in chunks of ids that fit in one query.
	 * @param ids the ids
	 * @param finder finds the entities with some ids
	 */
	public void load(long[] ids, Function<List<Long>, Iterable<T>> finder) {
		for (int from = 0; from < ids.length; from += LOAD_CHUNK) {
			List<Long> chunk = Arrays.stream(ids, from, Math.min(ids.length, from + LOAD_CHUNK)).boxed().toList();
			finder.apply(chunk).forEach(this::put);
		}
	}

	/**
	 * Return a held entity.
	 * @param id the entity's id
	 * @return the entity
	 * @throws IllegalStateException when it is not held
	 */
	public T get(long id) {
		T entity = this.entities.get(id);
		if (entity == null) {
			throw new IllegalStateException("Entity " + id + " is not held");
		}
		return entity;
	}

	/**
	 * Hold an entity, replacing the one with its id.
	 * @param entity the entity
	 */
	public void put(T entity) {
		this.entities.put(this.id.apply(entity), entity);
	}

}
