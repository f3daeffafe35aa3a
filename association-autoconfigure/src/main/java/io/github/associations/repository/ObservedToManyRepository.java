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
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * A {@link ToManyRepository} whose operations run inside observations.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
abstract class ObservedToManyRepository<S, T> implements ToManyRepository<S, T> {

	private final ToManyRepository<S, T> repository;

	private final Observations observations;

	ObservedToManyRepository(ToManyRepository<S, T> repository, Observations observations) {
		this.repository = repository;
		this.observations = observations;
	}

	@Override
	public String name() {
		return this.repository.name();
	}

	@Override
	public List<T> get(S source) {
		return this.observations.observe(name(), "get", () -> this.repository.get(source), List::size);
	}

	@Override
	public List<T> get(S source, Sort sort, int limit) {
		return this.observations.observe(name(), "get", () -> this.repository.get(source, sort, limit), List::size);
	}

	@Override
	public Slice<T> get(S source, Pageable pageable) {
		return this.observations.observe(name(), "get", () -> this.repository.get(source, pageable),
				Slice::getNumberOfElements);
	}

	@Override
	public Map<Object, List<T>> getAll(Iterable<? extends S> sources) {
		return this.observations.observe(name(), "getAll", () -> this.repository.getAll(sources),
				(targets) -> targets.values().stream().mapToInt(List::size).sum());
	}

	@Override
	public long count(S source) {
		return this.observations.observe(name(), "count", () -> this.repository.count(source),
				(count) -> (int) Math.min(count, Integer.MAX_VALUE));
	}

	@Override
	public boolean has(S source, Iterable<? extends T> targets) {
		return this.observations.observe(name(), "has", () -> this.repository.has(source, targets), (has) -> 0);
	}

	@Override
	public List<T> add(S source, Iterable<? extends T> targets) {
		return this.observations.observe(name(), "add", () -> this.repository.add(source, targets), List::size);
	}

	@Override
	public int remove(S source, Iterable<? extends T> targets) {
		return this.observations.observe(name(), "remove", () -> this.repository.remove(source, targets),
				(removed) -> removed);
	}

	@Override
	public List<T> set(S source, Iterable<? extends T> targets) {
		return this.observations.observe(name(), "set", () -> this.repository.set(source, targets), List::size);
	}

	@Override
	public T create(S source, T target) {
		return this.observations.observe(name(), "create", () -> this.repository.create(source, target),
				(created) -> 1);
	}

}
