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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.ResolvableType;
import org.springframework.data.relational.core.conversion.AggregateChange;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;

/**
 * Spring Data's events of entities read and inserted by the repositories,
 * {@link AfterConvertEvent}, {@link BeforeConvertEvent}, {@link BeforeSaveEvent} and
 * {@link AfterSaveEvent}, with their generic types resolved once per entity type. The
 * application context asks every event for its type to find its listeners, and Spring
 * Data's events create that type anew each time, which cost a tenth of an eager load.
 * Listeners see an {@code AfterConvertEvent<E>} or a {@code BeforeSaveEvent<E>} as from
 * Spring Data itself; only its {@code getClass()} differs.
 */
final class EntityEvents {

	private final Map<Class<?>, Types> types = new ConcurrentHashMap<>();

	<E> AfterConvertEvent<E> afterConvert(E entity) {
		return new AfterConvert<>(entity, types(entity).afterConvert());
	}

	<E> BeforeConvertEvent<E> beforeConvert(E entity) {
		return new BeforeConvert<>(entity, types(entity).beforeConvert());
	}

	<E> BeforeSaveEvent<E> beforeSave(E entity, AggregateChange<E> change) {
		return new BeforeSave<>(entity, change, types(entity).beforeSave());
	}

	<E> AfterSaveEvent<E> afterSave(E entity, AggregateChange<E> change) {
		return new AfterSave<>(entity, change, types(entity).afterSave());
	}

	private Types types(Object entity) {
		return this.types.computeIfAbsent(entity.getClass(),
				(type) -> new Types(ResolvableType.forClassWithGenerics(AfterConvertEvent.class, type),
						ResolvableType.forClassWithGenerics(BeforeConvertEvent.class, type),
						ResolvableType.forClassWithGenerics(BeforeSaveEvent.class, type),
						ResolvableType.forClassWithGenerics(AfterSaveEvent.class, type)));
	}

	/**
	 * The generic types of one entity type's events.
	 *
	 * @param afterConvert {@code AfterConvertEvent<E>}
	 * @param beforeConvert {@code BeforeConvertEvent<E>}
	 * @param beforeSave {@code BeforeSaveEvent<E>}
	 * @param afterSave {@code AfterSaveEvent<E>}
	 */
	private record Types(ResolvableType afterConvert, ResolvableType beforeConvert, ResolvableType beforeSave,
			ResolvableType afterSave) {

	}

	private static final class AfterConvert<E> extends AfterConvertEvent<E> {

		private final ResolvableType type;

		AfterConvert(E entity, ResolvableType type) {
			super(entity);
			this.type = type;
		}

		@Override
		public ResolvableType getResolvableType() {
			return this.type;
		}

	}

	private static final class BeforeConvert<E> extends BeforeConvertEvent<E> {

		private final ResolvableType type;

		BeforeConvert(E entity, ResolvableType type) {
			super(entity);
			this.type = type;
		}

		@Override
		public ResolvableType getResolvableType() {
			return this.type;
		}

	}

	private static final class BeforeSave<E> extends BeforeSaveEvent<E> {

		private final ResolvableType type;

		BeforeSave(E entity, AggregateChange<E> change, ResolvableType type) {
			super(entity, change);
			this.type = type;
		}

		@Override
		public ResolvableType getResolvableType() {
			return this.type;
		}

	}

	private static final class AfterSave<E> extends AfterSaveEvent<E> {

		private final ResolvableType type;

		AfterSave(E entity, AggregateChange<E> change, ResolvableType type) {
			super(entity, change);
			this.type = type;
		}

		@Override
		public ResolvableType getResolvableType() {
			return this.type;
		}

	}

}
