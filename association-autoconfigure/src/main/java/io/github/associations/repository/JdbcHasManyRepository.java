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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.associations.repository.HasManySql.Removal;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * {@link HasManyRepository} over JDBC: the targets' table holds the foreign key.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
final class JdbcHasManyRepository<S, T> implements HasManyRepository<S, T> {

	private final BoundAssociation association;

	private final Persistence persistence;

	private final Class<T> targetType;

	private final LinkedEntities entities;

	private final TargetOrder order;

	private final Failures failures;

	private final TargetWriter<T> writer;

	private final TargetReads<T> reads;

	@SuppressWarnings("unchecked")
	JdbcHasManyRepository(BoundAssociation association, Persistence persistence) {
		this.association = association;
		this.persistence = persistence;
		this.targetType = (Class<T>) association.holderType();
		this.entities = new LinkedEntities(association, persistence.mapping());
		this.order = new TargetOrder(persistence.mapping().entity(this.targetType), association.holderIdColumn());
		this.failures = new Failures(association);
		this.writer = new TargetWriter<>(association, persistence, this.entities, this.targetType);
		this.reads = new TargetReads<>(persistence, this.targetType);
	}

	@Override
	public String name() {
		return this.association.name();
	}

	@Override
	public List<T> get(S source, Sort sort, int limit) {
		return select(source, sort, limit, 0);
	}

	@Override
	public Slice<T> get(S source, Pageable pageable) {
		return Slices.of(pageable, (sort, limit, offset) -> select(source, sort, limit, offset));
	}

	private List<T> select(S source, Sort sort, int limit, long offset) {
		Slices.requireLimit(name(), limit);
		Object key = this.entities.key(source);
		String sql = this.association.queries().selectHoldersOrdered(this.order.orderBy(sort, name()));
		return this.reads.list(sql,
				new MapSqlParameterSource("key", key).addValue("limit", limit).addValue("offset", offset));
	}

	@Override
	public Map<Object, List<T>> getAll(Iterable<? extends S> sources) {
		List<Object> keys = new ArrayList<>();
		sources.forEach((source) -> keys.add(this.entities.key(source)));
		return this.reads.grouped(keys, this.association.keyType(),
				this.association.queries().selectHoldersForKeysOrdered(), this.association.foreignKeyColumn());
	}

	@Override
	public long count(S source) {
		return this.reads.count(this.association.queries().countHolders(),
				new MapSqlParameterSource("key", this.entities.key(source)));
	}

	@Override
	public boolean has(S source, Iterable<? extends T> targets) {
		Object key = this.entities.key(source);
		Set<Object> ids = ids(targets);
		return ids.isEmpty() || this.reads.count(this.association.queries().countHoldersAmong(),
				new MapSqlParameterSource("key", key).addValue("holders", holders(ids))) == ids.size();
	}

	@Override
	public List<T> add(S source, Iterable<? extends T> targets) {
		Object key = this.entities.key(source);
		List<T> given = Lists.of(targets);
		if (given.isEmpty()) {
			return List.of();
		}
		Set<Object> ids = savedIds(given);
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			if (ids.isEmpty()) {
				this.writer.requireSourceWithoutConstraint(key);
			}
			WrittenTargets linked = ids.isEmpty() ? WrittenTargets.NONE
					: this.writer.write(this.association.hasManySql().add(), key, ids);
			return this.writer.stored(given, key, linked);
		}));
	}

	@Override
	public int remove(S source, Iterable<? extends T> targets) {
		Object key = this.entities.key(source);
		Set<Object> ids = ids(targets);
		if (ids.isEmpty()) {
			return 0;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("key", key).addValue("holders", holders(ids));
		HasManySql sql = this.association.hasManySql();
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			if (this.association.destroyRemoved() && this.association.holderHasChildren()) {
				List<Object> held = this.persistence.jdbc().queryForList(sql.lockHeld(), parameters, Object.class);
				this.persistence.aggregates().deleteAllById(held, this.targetType);
				return held.size();
			}
			return this.persistence.jdbc().update(sql.remove(this.association.destroyRemoved()), parameters);
		}));
	}

	@Override
	public List<T> set(S source, Iterable<? extends T> targets) {
		Object key = this.entities.key(source);
		List<T> given = Lists.of(targets);
		Set<Object> ids = savedIds(given);
		HasManySql sql = this.association.hasManySql();
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			MapSqlParameterSource lock = new MapSqlParameterSource("key", key);
			if (this.persistence.jdbc().queryForList(sql.lockSource(), lock, Integer.class).isEmpty()) {
				throw this.writer.missingSource(key);
			}
			boolean aggregates = this.association.destroyRemoved() && this.association.holderHasChildren();
			Removal removal = aggregates ? Removal.REPORT
					: (this.association.destroyRemoved() ? Removal.DELETE : Removal.UNLINK);
			WrittenTargets written = this.writer.write(sql.set(removal), key, ids);
			if (aggregates && !written.removed().isEmpty()) {
				this.persistence.aggregates().deleteAllById(written.removed(), this.targetType);
			}
			return this.writer.stored(given, key, written);
		}));
	}

	@Override
	public T create(S source, T target) {
		Object key = this.entities.key(source);
		if (!this.persistence.mapping().isNew(target)) {
			throw new InvalidDataAccessApiUsageException(name() + ": create needs a new "
					+ this.targetType.getSimpleName() + ", but " + this.targetType.getSimpleName() + " "
					+ this.persistence.mapping().id(target) + " is saved already; use add to link it");
		}
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			this.writer.requireSourceWithoutConstraint(key);
			return this.writer.insert(List.of(target), key).get(0);
		}));
	}

	private Set<Object> savedIds(List<T> targets) {
		Set<Object> ids = new LinkedHashSet<>();
		for (T target : targets) {
			if (!this.persistence.mapping().isNew(target)) {
				ids.add(this.entities.holderId(target));
			}
		}
		return ids;
	}

	private Set<Object> ids(Iterable<? extends T> targets) {
		Set<Object> ids = new LinkedHashSet<>();
		targets.forEach((target) -> ids.add(this.entities.holderId(target)));
		return ids;
	}

	private Object holders(Set<Object> ids) {
		return BoundAssociation.array(ids, this.association.holderIdType());
	}

	private Failures.Attempt attempt(Object key) {
		return new Failures.Attempt(this.association.referencedType(), key,
				() -> BoundAssociation.describe(this.association.referencedType(), key) + " and its "
						+ this.targetType.getSimpleName() + " targets",
				() -> "another transaction linked the same " + this.targetType.getSimpleName(), false);
	}

}
