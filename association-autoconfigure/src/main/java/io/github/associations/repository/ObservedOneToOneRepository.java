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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * A one-to-one repository whose operations run inside observations.
 *
 * @param <S> the source type
 * @param <T> the target type
 * @param <R> the observed repository's type
 */
abstract class ObservedOneToOneRepository<S, T, R extends OneToOneRepository<S, T>>
		implements OneToOneRepository<S, T> {

	private final R repository;

	private final Observations observations;

	ObservedOneToOneRepository(R repository, Observations observations) {
		this.repository = repository;
		this.observations = observations;
	}

	final R repository() {
		return this.repository;
	}

	@Override
	public final String name() {
		return this.repository.name();
	}

	@Override
	public final String as() {
		return this.repository.as();
	}

	@Override
	public final Optional<T> get(S source) {
		return observe("get", () -> this.repository.get(source), (target) -> target.isPresent() ? 1 : 0);
	}

	@Override
	public final Map<Object, T> getAll(Iterable<? extends S> sources) {
		return observe("getAll", () -> this.repository.getAll(sources), Map::size);
	}

	@Override
	public final T create(S source, T target) {
		return observe("create", () -> this.repository.create(source, target), (created) -> 1);
	}

	@Override
	public final Linked<S, T> save(S source, @Nullable T target) {
		return observe("save", () -> this.repository.save(source, target),
				(linked) -> (linked.target() != null) ? 2 : 1);
	}

	final <X> X observe(String operation, Supplier<X> call, ToIntFunction<? super X> rows) {
		return this.observations.observe(name(), operation, call, rows);
	}

}
