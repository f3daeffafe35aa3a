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

import org.springframework.core.ResolvableType;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;

/**
 * Spring Data's {@link AfterConvertEvent} with its generic type resolved once per entity
 * type. The application context asks every event for its type to find its listeners, and
 * Spring Data's events create that type anew each time, which costs a tenth of an eager
 * load. Listeners see an {@code AfterConvertEvent<E>} as from Spring Data itself.
 *
 * @param <E> the entity type
 */
final class AfterConvertEventWithType<E> extends AfterConvertEvent<E> {

	private final ResolvableType type;

	/**
	 * Create an event for an entity.
	 * @param entity the entity just read
	 * @param type {@code AfterConvertEvent<E>} for the entity's class
	 */
	AfterConvertEventWithType(E entity, ResolvableType type) {
		super(entity);
		this.type = type;
	}

	@Override
	public ResolvableType getResolvableType() {
		return this.type;
	}

}
