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
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.associations.schema.Association;
import io.github.associations.schema.Junction;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.ClassUtils;

/**
 * {@link BelongsToManyRepository} over JDBC: a junction table holds one row per linked
 * pair.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
final class JdbcBelongsToManyRepository<S, T> implements BelongsToManyRepository<S, T> {

	private final Association association;

	private final Persistence persistence;

	private final JunctionSql sql;

	private final Class<T> targetType;

	private final PersistentPropertyPath<RelationalPersistentProperty> sourceKey;

	private final PersistentPropertyPath<RelationalPersistentProperty> targetKey;

	private final Class<?> sourceKeyType;

	private final Class<?> targetKeyType;

	private final TargetOrder order;

	private final Failures failures;

	private final TargetReads<T> reads;

	private final @Nullable JunctionPayload payload;

	private final String targetKeySqlType;

	private final String targetForeignKey;

	private final JunctionSql.Statements statements;

	private final @Nullable String addOneWithPayloadSql;

	@SuppressWarnings("unchecked")
	JdbcBelongsToManyRepository(Association association, Schema schema, Persistence persistence) {
		Junction junction = association.junction();
		if (junction == null) {
			throw new IllegalArgumentException(association.qualifiedName() + " is not a belongsToMany association");
		}
		this.association = association;
		this.persistence = persistence;
		this.sql = JunctionSql.of(association);
		this.targetType = (Class<T>) association.target();
		EntityMapping mapping = persistence.mapping();
		this.sourceKey = mapping.path(association.source(), association.keyProperty());
		this.targetKey = mapping.path(this.targetType, junction.targetKeyProperty());
		this.sourceKeyType = ClassUtils.resolvePrimitiveIfNecessary(this.sourceKey.getLeafProperty().getActualType());
		this.targetKeyType = ClassUtils.resolvePrimitiveIfNecessary(this.targetKey.getLeafProperty().getActualType());
		String idColumn = schema.tableOf(this.targetType.getSimpleName()).orElseThrow().primaryKey().columns().get(0);
		this.order = new TargetOrder(mapping.entity(this.targetType), idColumn,
				(junction.model() != null) ? mapping.entity(junction.model()) : null);
		this.failures = new Failures(name(), association.foreignKey().name(), null);
		this.reads = new TargetReads<>(persistence, this.targetType);
		Table junctionTable = schema.table(junction.table()).orElseThrow();
		this.payload = (junction.model() != null)
				? new JunctionPayload(name(), junction, junctionTable, persistence.mapping()) : null;
		this.targetKeySqlType = JunctionPayload
			.castType(junctionTable.column(junction.targetColumn()).orElseThrow().type());
		this.targetForeignKey = junction.targetForeignKey().name();
		this.statements = this.sql.statements();
		this.addOneWithPayloadSql = (this.payload != null) ? this.sql.addOne(this.payload) : null;
	}

	@Override
	public String name() {
		return this.association.qualifiedName();
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
		Object key = sourceKey(source);
		String sql = this.sql
			.selectTargets(this.order.orderBy(sort, JunctionSql::targetColumn, JunctionSql::junctionColumn, name()));
		return this.reads.list(sql,
				new MapSqlParameterSource("key", key).addValue("limit", limit).addValue("offset", offset));
	}

	@Override
	public Map<Object, List<T>> getAll(Iterable<? extends S> sources) {
		List<Object> keys = new ArrayList<>();
		sources.forEach((source) -> keys.add(sourceKey(source)));
		return this.reads.grouped(keys, this.sourceKeyType,
				this.sql.selectTargetsForKeys(this.order.orderBy(Sort.unsorted(), JunctionSql::targetColumn, name())),
				JunctionSql.SOURCE_LABEL);
	}

	@Override
	public long count(S source) {
		return this.reads.count(this.statements.count(), new MapSqlParameterSource("key", sourceKey(source)));
	}

	@Override
	public boolean has(S source, Iterable<? extends T> targets) {
		Object key = sourceKey(source);
		Set<Object> keys = targetKeys(targets);
		return keys.isEmpty() || this.reads.count(this.statements.countAmong(),
				new MapSqlParameterSource("key", key).addValue("targets", array(keys))) == keys.size();
	}

	@Override
	public List<T> add(S source, Iterable<? extends T> targets) {
		Object key = sourceKey(source);
		List<T> given = Lists.of(targets);
		if (given.isEmpty()) {
			return List.of();
		}
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			List<T> stored = inserted(given);
			Set<Object> keys = targetKeys(stored);
			if (keys.size() == 1) {
				linkOne(this.statements.addOne(), new MapSqlParameterSource("key", key), keys.iterator().next());
			}
			else {
				link(this.statements.add(), key, keys);
			}
			return stored;
		}));
	}

	@Override
	public T add(S source, T target, Object payload) {
		JunctionPayload columns = payload();
		Object key = sourceKey(source);
		columns.check(payload);
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			T stored = inserted(List.of(target)).get(0);
			MapSqlParameterSource parameters = new MapSqlParameterSource("key", key);
			columns.bind(parameters, 0, payload);
			linkOne(Objects.requireNonNull(this.addOneWithPayloadSql), parameters, targetKey(stored));
			return stored;
		}));
	}

	@Override
	public void setPayload(S source, Iterable<? extends T> targets, Iterable<?> payloads) {
		JunctionPayload columns = payload();
		Object key = sourceKey(source);
		List<T> given = Lists.of(targets);
		List<Object> values = Lists.of(payloads);
		if (given.size() != values.size()) {
			throw new InvalidDataAccessApiUsageException(name() + ": setPayload needs one payload per target, but got "
					+ given.size() + " targets and " + values.size() + " payloads");
		}
		values.forEach(columns::check);
		List<Object> keys = new ArrayList<>(targetKeys(given));
		if (keys.size() != given.size()) {
			throw new InvalidDataAccessApiUsageException(
					name() + ": setPayload got a " + this.targetType.getSimpleName() + " twice; give each once");
		}
		if (given.isEmpty() || columns.isEmpty()) {
			return;
		}
		List<Integer> order = keyOrder(keys);
		int perStatement = JunctionSql.linksPerPayloadStatement(columns);
		List<PayloadStatement> payloadStatements = new ArrayList<>();
		for (int from = 0; from < order.size(); from += perStatement) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("key", key);
			List<Integer> links = order.subList(from, Math.min(order.size(), from + perStatement));
			for (int row = 0; row < links.size(); row++) {
				parameters.addValue("target_" + row, keys.get(links.get(row)));
				columns.bind(parameters, row, values.get(links.get(row)));
			}
			payloadStatements.add(new PayloadStatement(
					this.sql.setPayloads(columns, this.targetKeySqlType, links.size()), parameters));
		}
		this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			List<Object> missing = new ArrayList<>();
			for (PayloadStatement statement : payloadStatements) {
				List<Object> notLinked = this.persistence.jdbc()
					.queryForObject(statement.sql(), statement.parameters(),
							(result, number) -> Lists.of(result.getArray(JunctionSql.MISSING)));
				missing.addAll((notLinked != null) ? notLinked : List.of());
			}
			if (!missing.isEmpty()) {
				String linkedWith = BoundAssociation.describe(this.association.source(), key);
				throw new MissingEntityException(name(), this.targetType, missing, "is not linked with " + linkedWith,
						"are not linked with " + linkedWith);
			}
			return missing;
		}));
	}

	/**
	 * Return the positions of target keys in key order when the keys can be compared, so
	 * that links changed by several statements are locked in one order, and in the given
	 * order otherwise.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Integer> keyOrder(List<Object> keys) {
		List<Integer> order = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			order.add(i);
		}
		if (keys.stream().allMatch(Comparable.class::isInstance)) {
			order.sort((first, second) -> ((Comparable) keys.get(first)).compareTo(keys.get(second)));
		}
		return order;
	}

	private JunctionPayload payload() {
		if (this.payload == null) {
			throw new InvalidDataAccessApiUsageException(name() + " has no junction model, so its links carry no "
					+ "payload; declare one with through(Model.class)");
		}
		return this.payload;
	}

	@Override
	public int remove(S source, Iterable<? extends T> targets) {
		Object key = sourceKey(source);
		Set<Object> keys = targetKeys(targets);
		if (keys.isEmpty()) {
			return 0;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("key", key).addValue("targets", array(keys));
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			if (!lockSource(key)) {
				return 0;
			}
			return this.persistence.jdbc().update(this.statements.remove(), parameters);
		}));
	}

	@Override
	public List<T> set(S source, Iterable<? extends T> targets) {
		Object key = sourceKey(source);
		List<T> given = Lists.of(targets);
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			if (!lockSource(key)) {
				throw missingSource(key);
			}
			List<T> stored = inserted(given);
			link(this.statements.set(), key, targetKeys(stored));
			return stored;
		}));
	}

	@Override
	public T create(S source, T target) {
		Object key = sourceKey(source);
		if (!this.persistence.mapping().isNew(target)) {
			throw new InvalidDataAccessApiUsageException(name() + ": create needs a new "
					+ this.targetType.getSimpleName() + ", but " + this.targetType.getSimpleName() + " "
					+ this.persistence.mapping().id(target) + " is saved already; use add to link it");
		}
		return this.persistence.transactions().write(() -> this.failures.translate(attempt(key), () -> {
			T stored = this.persistence.aggregates().insert(target);
			linkOne(this.statements.addOne(), new MapSqlParameterSource("key", key), targetKey(stored));
			return stored;
		}));
	}

	/**
	 * Return the given targets as stored: the new ones inserted in one batch (once each,
	 * when the same one is given twice), the others as they are, in the given order.
	 */
	private List<T> inserted(List<T> given) {
		Map<T, T> fresh = new IdentityHashMap<>();
		List<T> news = new ArrayList<>();
		for (T target : given) {
			if (this.persistence.mapping().isNew(target) && fresh.put(target, target) == null) {
				news.add(target);
			}
		}
		if (news.isEmpty()) {
			return given;
		}
		Iterator<T> inserted = this.persistence.aggregates().insertAll(news).iterator();
		news.forEach((target) -> fresh.put(target, inserted.next()));
		return given.stream().map((target) -> fresh.getOrDefault(target, target)).toList();
	}

	/**
	 * Run a statement of {@link JunctionSql} that links the source with targets, failing
	 * when targets or the source do not exist.
	 */
	private void link(String sql, Object key, Set<Object> keys) {
		link(sql, key, new MapSqlParameterSource("key", key).addValue("targets", array(keys)));
	}

	private void link(String sql, Object key, MapSqlParameterSource parameters) {
		Linked linked = this.persistence.jdbc()
			.queryForObject(sql, parameters, (row, number) -> new Linked(Lists.of(row.getArray(JunctionSql.MISSING)),
					row.getLong(JunctionSql.REFERENCED)));
		if (linked == null || linked.referenced() == 0) {
			throw missingSource(key);
		}
		if (!linked.missing().isEmpty()) {
			throw new MissingEntityException(name(), this.targetType, linked.missing());
		}
	}

	/**
	 * Run a statement of {@link JunctionSql} that links the source with one target, whose
	 * foreign keys fail when the source or the target does not exist.
	 * @param parameters the source's key and any payload values
	 */
	private void linkOne(String sql, MapSqlParameterSource parameters, Object target) {
		try {
			this.persistence.jdbc().update(sql, parameters.addValue("target", target));
		}
		catch (DataIntegrityViolationException ex) {
			if (Failures.violatesForeignKey(ex, this.targetForeignKey)) {
				throw new MissingEntityException(name(), this.targetType, target, ex);
			}
			throw ex;
		}
	}

	/**
	 * Lock the source's links, so that {@code set}s and {@code remove}s of it take turns
	 * with every other write of its links.
	 * @return whether the source exists
	 */
	private boolean lockSource(Object key) {
		return Boolean.TRUE.equals(this.persistence.jdbc()
			.queryForObject(this.statements.lockSource(), new MapSqlParameterSource("key", key), Boolean.class));
	}

	private MissingEntityException missingSource(Object key) {
		return new MissingEntityException(name(), this.association.source(), key, null);
	}

	private Object sourceKey(S source) {
		Object key = key(source, this.sourceKey);
		if (key == null) {
			throw unsaved(this.association.source(), this.association.keyProperty());
		}
		return key;
	}

	private Object targetKey(T target) {
		return targetKeys(List.of(target)).iterator().next();
	}

	private Set<Object> targetKeys(Iterable<? extends T> targets) {
		Set<Object> keys = new LinkedHashSet<>();
		for (T target : targets) {
			Object key = key(target, this.targetKey);
			if (key == null) {
				throw unsaved(this.targetType, this.targetKey.getLeafProperty().getName());
			}
			keys.add(key);
		}
		return keys;
	}

	/**
	 * Return an entity's key, or {@code null} when it has none yet.
	 */
	private Object key(Object entity, PersistentPropertyPath<RelationalPersistentProperty> path) {
		Object value = this.persistence.mapping().property(entity, path);
		boolean unsaved = path.getLeafProperty().isIdProperty() && this.persistence.mapping().isNew(entity);
		return (unsaved) ? null : value;
	}

	private InvalidDataAccessApiUsageException unsaved(Class<?> type, String keyProperty) {
		return new InvalidDataAccessApiUsageException(name() + ": the " + type.getSimpleName()
				+ " is not saved yet, so it has no " + keyProperty + "; save it first");
	}

	private Object array(Set<Object> keys) {
		return BoundAssociation.array(keys, this.targetKeyType);
	}

	private Failures.Attempt attempt(Object key) {
		return new Failures.Attempt(this.association.source(), key,
				() -> BoundAssociation.describe(this.association.source(), key) + " and its "
						+ this.targetType.getSimpleName() + " targets",
				() -> "another transaction linked the same " + this.targetType.getSimpleName(), false);
	}

	/**
	 * One statement of {@code setPayload}: the payloads of as many links as its
	 * parameters allow.
	 */
	private record PayloadStatement(String sql, MapSqlParameterSource parameters) {

	}

	/**
	 * What a statement that links reports.
	 */
	private record Linked(List<Object> missing, long referenced) {

	}

}
