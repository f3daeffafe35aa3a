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

/**
 * A {@link BelongsToManyRepository} whose operations run inside observations.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
final class ObservedBelongsToManyRepository<S, T> extends ObservedToManyRepository<S, T>
		implements BelongsToManyRepository<S, T> {

	private final BelongsToManyRepository<S, T> repository;

	private final Observations observations;

	ObservedBelongsToManyRepository(BelongsToManyRepository<S, T> repository, Observations observations) {
		super(repository, observations);
		this.repository = repository;
		this.observations = observations;
	}

	@Override
	public T add(S source, T target, Object payload) {
		return this.observations.observe(name(), "add", () -> this.repository.add(source, target, payload),
				(stored) -> 1);
	}

	@Override
	public void setPayload(S source, Iterable<? extends T> targets, Iterable<?> payloads) {
		List<T> given = Lists.of(targets);
		this.observations.observe(name(), "setPayload", () -> {
			this.repository.setPayload(source, given, payloads);
			return given;
		}, List::size);
	}

}
