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

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.github.associations.repository.AssociationSql.Previous;
import io.github.associations.repository.LinkWriter.Written;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * {@link BelongsToRepository} over JDBC: the source's table holds the foreign key.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
final class JdbcBelongsToRepository<S, T> implements BelongsToRepository<S, T> {

	private final BoundAssociation association;

	private final Persistence persistence;

	private final Class<S> sourceType;

	private final Class<T> targetType;

	private final LinkedEntities entities;

	private final LinkWriter writer;

	private final Failures failures;

	@SuppressWarnings("unchecked")
	JdbcBelongsToRepository(BoundAssociation association, Persistence persistence) {
		this.association = association;
		this.persistence = persistence;
		this.sourceType = (Class<S>) association.holderType();
		this.targetType = (Class<T>) association.referencedType();
		this.entities = new LinkedEntities(association, persistence.mapping());
		this.writer = new LinkWriter(association, persistence.jdbc(), persistence.mapping().conversionService());
		this.failures = new Failures(association);
	}

	@Override
	public String name() {
		return this.association.name();
	}

	@Override
	public String as() {
		return this.association.association().as();
	}

	@Override
	public Optional<T> get(S source) {
		AssociationQueries queries = this.association.queries();
		RowMapper<T> rows = this.persistence.reader().rowMapper(this.targetType);
		List<T> targets;
		if (this.entities.mapsForeignKey()) {
			Object key = this.entities.mappedForeignKey(source);
			if (key == null) {
				return Optional.empty();
			}
			targets = this.persistence.transactions()
				.read(() -> this.persistence.jdbc()
					.query(queries.selectReferenced(), new MapSqlParameterSource("key", key), rows));
		}
		else {
			Object holder = this.entities.holderId(source);
			targets = this.persistence.transactions()
				.read(() -> this.persistence.jdbc()
					.query(queries.selectReferencedThroughHolder(), new MapSqlParameterSource("holder", holder), rows));
		}
		if (targets.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(name() + ": several " + this.targetType.getSimpleName()
					+ " rows have the key of " + describeSource(this.persistence.mapping().id(source)), 1,
					targets.size());
		}
		return targets.stream().findFirst();
	}

	@Override
	public Map<Object, T> getAll(Iterable<? extends S> sources) {
		Set<Object> ids = new LinkedHashSet<>();
		for (S source : sources) {
			Object id = this.entities.holderId(source);
			// A source that maps its foreign key as NULL has no target to look for
			if (!this.entities.mapsForeignKey() || this.entities.mappedForeignKey(source) != null) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			return Map.of();
		}
		RowMapper<T> rows = this.persistence.reader().rowMapper(this.targetType);
		Map<Object, T> targets = new LinkedHashMap<>();
		this.persistence.transactions().read(() -> {
			this.persistence.jdbc()
				.query(this.association.queries().selectReferencedForHolders(),
						new MapSqlParameterSource("holders",
								BoundAssociation.array(ids, this.association.holderIdType())),
						(ResultSet resultSet) -> {
							Object id = this.persistence.mapping()
								.conversionService()
								.convert(resultSet.getObject(AssociationQueries.SOURCE_LABEL),
										this.association.holderIdType());
							targets.put(id, rows.mapRow(resultSet, resultSet.getRow()));
						});
			return targets;
		});
		return targets;
	}

	@Override
	public S set(S source, @Nullable T target) {
		Object holder = this.entities.holderId(source);
		if (target == null) {
			if (!this.association.nullable()) {
				throw new InvalidDataAccessApiUsageException(
						name() + ": " + describeSource(holder) + " cannot lose its " + this.targetType.getSimpleName()
								+ " because the foreign key " + this.association.foreignKeyColumn() + " is NOT NULL");
			}
			return this.persistence.transactions()
				.write(() -> translate(null, holder,
						() -> this.entities.withForeignKey(source, null, this.writer.unlinkHolder(holder))));
		}
		Object key = this.entities.key(target);
		return this.persistence.transactions()
			.write(() -> translate(key, holder,
					() -> this.entities.withForeignKey(source, key, link(key, holder, true))));
	}

	@Override
	public T create(S source, T target) {
		if (!this.persistence.mapping().isNew(target)) {
			throw new InvalidDataAccessApiUsageException(name() + ": create needs a new "
					+ this.targetType.getSimpleName() + ", but it is saved already; use set to link it");
		}
		Object holder = this.entities.holderId(source);
		return this.persistence.transactions().write(() -> {
			T created = this.persistence.aggregates().insert(target);
			Object key = this.entities.key(created);
			translate(key, holder, () -> link(key, holder, false));
			return created;
		});
	}

	@Override
	public Linked<S, T> save(S source, @Nullable T target) {
		return this.persistence.transactions().write(() -> {
			T stored = (target == null || !this.persistence.mapping().isNew(target)) ? target
					: this.persistence.aggregates().insert(target);
			Object key = (stored != null) ? this.entities.key(stored) : null;
			boolean newTarget = stored != target;
			S saved = translate(key, null, () -> saveSource(source, key, newTarget));
			return new Linked<>(saved, stored);
		});
	}

	private S saveSource(S source, @Nullable Object key, boolean newTarget) {
		boolean previousOwners = key != null && !newTarget && this.association.unique();
		if (this.entities.mapsForeignKey()) {
			if (key != null) {
				prepareKey(source, key, previousOwners, !newTarget);
			}
			return this.persistence.aggregates().save(this.entities.withForeignKey(source, key));
		}
		if (this.persistence.mapping().isNew(source) && key != null) {
			prepareKey(source, key, previousOwners, !newTarget);
			return this.persistence.columnInsert().insert(source, this.association.foreignKeyColumn(), key);
		}
		S saved = this.persistence.aggregates().save(source);
		Object holder = this.entities.holderId(saved);
		Written written = (key != null) ? link(key, holder, previousOwners) : this.writer.unlinkHolder(holder);
		return this.entities.withForeignKey(saved, key, written);
	}

	/**
	 * Prepare a key for a source that Spring Data writes with it: unlink the key's
	 * previous owner (after locking it and the source in key order, when the source
	 * exists, so that the source's own row and version are left to Spring Data), and
	 * check that the key's row exists where no constraint does.
	 * @param previousOwners whether another source may hold the key already
	 * @param existingTarget whether the key is of a target that existed before the call
	 */
	private void prepareKey(S source, Object key, boolean previousOwners, boolean existingTarget) {
		if (previousOwners && this.association.nullable()) {
			if (!this.persistence.mapping().isNew(source)) {
				this.writer.unlinkPrevious(this.writer.lockHolders(key, this.entities.holderId(source)));
			}
			else if (existingTarget) {
				this.writer.removeKeyBeforeInsert(key, false);
				return;
			}
			else {
				this.persistence.jdbc()
					.update(this.association.sql().unlinkKey(), new MapSqlParameterSource("key", key));
			}
		}
		if (existingTarget) {
			this.writer.requireReferenced(key);
		}
	}

	/**
	 * Point a source's foreign key at a key.
	 * @param unlinkPrevious whether another source may hold the key already
	 */
	private Written link(Object key, Object holder, boolean unlinkPrevious) {
		boolean relink = unlinkPrevious && this.association.unique() && this.association.nullable();
		return this.writer.link(key, holder, relink ? Previous.UNLINK : Previous.KEEP);
	}

	private <R> R translate(@Nullable Object key, @Nullable Object holder, Supplier<R> operation) {
		boolean conflictIsConcurrent = this.association.nullable();
		return this.failures.translate(new Failures.Attempt(this.targetType, key,
				() -> ((holder != null) ? describeSource(holder) : "a new " + this.sourceType.getSimpleName())
						+ ((key != null) ? " and " + describeTarget(key) : ""),
				() -> conflictIsConcurrent ? "another transaction linked " + describeTarget(key)
						: describeTarget(key) + " belongs to another " + this.sourceType.getSimpleName()
								+ ", whose foreign key cannot be NULL",
				conflictIsConcurrent), operation);
	}

	private String describeSource(@Nullable Object id) {
		return BoundAssociation.describe(this.sourceType, id);
	}

	private String describeTarget(@Nullable Object key) {
		return BoundAssociation.describe(this.targetType, key);
	}

}
