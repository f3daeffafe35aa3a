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
import java.util.Objects;
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
 * {@link HasOneRepository} over JDBC: the target's table holds the foreign key.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
final class JdbcHasOneRepository<S, T> implements HasOneRepository<S, T> {

	private final BoundAssociation association;

	private final Persistence persistence;

	private final Class<T> targetType;

	private final LinkedEntities entities;

	private final LinkWriter writer;

	private final Failures failures;

	@SuppressWarnings("unchecked")
	JdbcHasOneRepository(BoundAssociation association, Persistence persistence) {
		this.association = association;
		this.persistence = persistence;
		this.targetType = (Class<T>) association.holderType();
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
		Object key = this.entities.key(source);
		List<T> targets = this.persistence.transactions()
			.read(() -> this.persistence.jdbc()
				.query(this.association.queries().selectHolders(), new MapSqlParameterSource("key", key),
						this.persistence.reader().rowMapper(this.targetType)));
		if (targets.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(name() + ": " + describeSource(key) + " has "
					+ targets.size() + " " + this.targetType.getSimpleName() + " targets", 1, targets.size());
		}
		return targets.stream().findFirst();
	}

	@Override
	public Map<Object, T> getAll(Iterable<? extends S> sources) {
		Set<Object> keys = new LinkedHashSet<>();
		sources.forEach((source) -> keys.add(this.entities.key(source)));
		if (keys.isEmpty()) {
			return Map.of();
		}
		RowMapper<T> rows = this.persistence.reader().rowMapper(this.targetType);
		String column = this.association.foreignKeyColumn();
		Map<Object, T> targets = new LinkedHashMap<>();
		this.persistence.transactions().read(() -> {
			this.persistence.jdbc()
				.query(this.association.queries().selectHoldersForKeys(),
						new MapSqlParameterSource("keys", BoundAssociation.array(keys, this.association.keyType())),
						(ResultSet resultSet) -> {
							Object key = this.persistence.mapping()
								.conversionService()
								.convert(resultSet.getObject(column), this.association.keyType());
							T target = rows.mapRow(resultSet, resultSet.getRow());
							if (targets.put(key, target) != null) {
								throw new IncorrectResultSizeDataAccessException(name() + ": " + describeSource(key)
										+ " has several " + this.targetType.getSimpleName() + " targets", 1);
							}
						});
			return targets;
		});
		return targets;
	}

	@Override
	public @Nullable T set(S source, @Nullable T target) {
		Object key = this.entities.key(source);
		Object holder = (target != null && !this.persistence.mapping().isNew(target)) ? this.entities.holderId(target)
				: null;
		return this.persistence.transactions().write(() -> translate(key, holder, () -> link(key, target, true)));
	}

	@Override
	public T create(S source, T target) {
		if (!this.persistence.mapping().isNew(target)) {
			throw new InvalidDataAccessApiUsageException(name() + ": create needs a new "
					+ this.targetType.getSimpleName() + ", but " + describeTarget(this.persistence.mapping().id(target))
					+ " is saved already; use set to link it");
		}
		T created = set(source, target);
		return Objects.requireNonNull(created);
	}

	@Override
	public Linked<S, T> save(S source, @Nullable T target) {
		return this.persistence.transactions().write(() -> {
			boolean newSource = this.persistence.mapping().isNew(source);
			S saved = this.persistence.aggregates().save(source);
			Object key = this.entities.key(saved);
			T linked = translate(key, null, () -> link(key, target, !newSource));
			return new Linked<>(saved, linked);
		});
	}

	/**
	 * Link a target with a key, replacing the key's previous target.
	 * @param unlinkPrevious whether the key may have a previous target
	 */
	private @Nullable T link(Object key, @Nullable T target, boolean unlinkPrevious) {
		if (target == null) {
			if (unlinkPrevious) {
				removePrevious(key);
			}
			return null;
		}
		boolean referencedLocked = unlinkPrevious && !this.association.unique();
		if (referencedLocked) {
			// Without a unique constraint, the sets of one source keep "at most one"
			// target
			// by taking turns on the source's row
			this.writer.lockReferenced(key);
		}
		if (this.persistence.mapping().isNew(target)) {
			if (unlinkPrevious) {
				removePreviousBeforeInsert(key, !referencedLocked);
			}
			return insert(target, key);
		}
		Object holder = this.entities.holderId(target);
		Written written;
		if (unlinkPrevious && this.association.destroyRemoved() && this.association.holderHasChildren()) {
			LinkWriter.LockedHolders locked = this.writer.lockHolders(key, holder);
			if (locked.linked()) {
				return this.entities.withForeignKey(target, key);
			}
			if (!locked.previous().isEmpty()) {
				this.persistence.aggregates().deleteAllById(locked.previous(), this.targetType);
			}
			written = this.writer.link(key, holder, Previous.KEEP);
		}
		else if (unlinkPrevious) {
			written = this.writer.link(key, holder,
					this.association.destroyRemoved() ? Previous.DELETE : Previous.UNLINK);
		}
		else {
			written = this.writer.link(key, holder, Previous.KEEP);
		}
		return this.entities.withForeignKey(target, key, written);
	}

	/**
	 * Unlink, or delete, the targets linked with a key before a new target takes it,
	 * checking that the key's row exists where no constraint will.
	 * @param check whether the key's row may still need to be checked
	 */
	private void removePreviousBeforeInsert(Object key, boolean check) {
		if (!check) {
			removePrevious(key);
		}
		else if (this.association.destroyRemoved() && this.association.holderHasChildren()) {
			this.writer.requireReferenced(key);
			removePrevious(key);
		}
		else {
			this.writer.removeKeyBeforeInsert(key, this.association.destroyRemoved());
		}
	}

	/**
	 * Unlink, or delete, the targets linked with a key.
	 */
	private void removePrevious(Object key) {
		AssociationSql sql = this.association.sql();
		MapSqlParameterSource parameters = new MapSqlParameterSource("key", key);
		if (!this.association.destroyRemoved()) {
			this.persistence.jdbc().update(sql.unlinkKey(), parameters);
		}
		else if (this.association.holderHasChildren()) {
			List<Object> previous = this.persistence.jdbc()
				.queryForList(this.association.queries().selectHolderIds(), parameters, Object.class);
			if (!previous.isEmpty()) {
				this.persistence.aggregates().deleteAllById(previous, this.targetType);
			}
		}
		else {
			this.persistence.jdbc().update(sql.deleteKey(), parameters);
		}
	}

	private T insert(T target, Object key) {
		if (this.entities.mapsForeignKey()) {
			return this.persistence.aggregates().insert(this.entities.withForeignKey(target, key));
		}
		return this.persistence.columnInsert().insert(target, this.association.foreignKeyColumn(), key);
	}

	private <R> R translate(Object key, @Nullable Object holder, Supplier<R> operation) {
		return this.failures.translate(new Failures.Attempt(this.association.referencedType(), key,
				() -> describeSource(key) + " and "
						+ ((holder != null) ? describeTarget(holder) : "a new " + this.targetType.getSimpleName()),
				() -> "another transaction linked a " + this.targetType.getSimpleName() + " with "
						+ describeSource(key),
				true), operation);
	}

	private String describeSource(Object key) {
		return BoundAssociation.describe(this.association.referencedType(), key);
	}

	private String describeTarget(@Nullable Object id) {
		return BoundAssociation.describe(this.targetType, id);
	}

}
