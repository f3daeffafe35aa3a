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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.schema.Association;
import io.github.associations.schema.Junction;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.ClassUtils;

/**
 * Runs eager queries: builds the select of a request (kept for reuse when the request has
 * no values of its own), runs it read-only, and reads its rows; then loads the targets of
 * each included to-many association with one select of their own, whatever the number of
 * sources, and attaches them.
 */
final class EagerLoader {

	private static final int CACHED_SELECTS = 256;

	private final AssociationLookup lookup;

	private final Persistence persistence;

	private final Dialect dialect;

	private final @Nullable Observations observations;

	private final Map<SelectShape, EagerSelect> selects = new ConcurrentHashMap<>();

	private final AtomicInteger selectsBuilt = new AtomicInteger();

	EagerLoader(AssociationLookup lookup, Persistence persistence, Dialect dialect,
			@Nullable Observations observations) {
		this.lookup = lookup;
		this.persistence = persistence;
		this.dialect = dialect;
		this.observations = observations;
	}

	AssociationLookup lookup() {
		return this.lookup;
	}

	/**
	 * Load the sources of a request with their included targets.
	 * @param ids the ids of the sources to load, or {@code null} for every matching one
	 */
	List<Loaded<?>> load(EagerRequest request, @Nullable List<Object> ids) {
		if (this.observations == null || !this.observations.active()) {
			return run(request, ids);
		}
		return this.observations.observe(included(request), "load", () -> run(request, ids), List::size);
	}

	private List<Loaded<?>> run(EagerRequest request, @Nullable List<Object> ids) {
		return this.persistence.transactions().read(() -> {
			BoundSelect select = select(request, ids != null, null);
			List<Loaded<?>> loaded = query(select, request, ids, null, null);
			if (select.select().includesToMany()) {
				attachToMany(request.type(), request.includes(), loaded);
			}
			return loaded;
		});
	}

	/**
	 * Run a select and read its rows, one entity each with its to-one targets.
	 * @param rowRead what to do with each row and its entity, or {@code null}
	 */
	private List<Loaded<?>> query(BoundSelect bound, EagerRequest request, @Nullable List<Object> ids,
			@Nullable Integer perSourceLimit, @Nullable RowRead rowRead) {
		EagerSelect select = bound.select();
		EagerRows rows = select.rows();
		EntityReader.Reads reader = this.persistence.reader().reads();
		int expected = (ids != null && perSourceLimit == null && !select.repeatsEntities()) ? ids.size() : 16;
		// The targets of a to-many include are kept by their sources alone, unless they
		// have includes of their own to attach
		boolean keep = rowRead == null || !request.includes().isEmpty();
		List<Loaded<?>> loaded = keep ? new ArrayList<>(expected) : List.of();
		// Only a joined target can repeat a root entity, on one row per target; a target
		// linked through a junction is on one row per source
		IdSet seen = rows.joinsTargets() ? new IdSet(expected) : null;
		ColumnRead source = select.repeatsEntities() ? select.keyColumn() : null;
		this.persistence.jdbc()
			.query(select.sql(), select.parameters(bound.criteria(), ids, request, perSourceLimit), (ResultSet row) -> {
				Loaded<?> entity = rows.read(row, reader);
				if (seen != null) {
					Object key = (source != null) ? List.of(source.read(row), entity.id()) : entity.id();
					if (!seen.add(key)) {
						throw new IncorrectResultSizeDataAccessException(request.type().getSimpleName() + " " + key
								+ " has several targets of an included association", 1);
					}
				}
				if (keep) {
					loaded.add(entity);
				}
				if (rowRead != null) {
					rowRead.read(row, entity);
				}
			});
		return loaded;
	}

	/**
	 * Load the targets of the to-many associations that a request includes, of its
	 * entities or of their to-one targets, with one select per association whatever the
	 * number of entities, and attach them.
	 */
	private void attachToMany(Class<?> type, Map<String, Include> includes, List<Loaded<?>> parents) {
		includes.forEach((as, include) -> {
			Association association = this.lookup.named(type, as);
			if (association.kind().isToMany()) {
				attach(association, include, parents);
				return;
			}
			if (include.includes().isEmpty()) {
				return;
			}
			List<Loaded<?>> targets = new ArrayList<>();
			for (Loaded<?> parent : parents) {
				parent.loaded(as, Object.class).ifPresent(targets::add);
			}
			include.includes().forEach((nestedAs, nested) -> {
				Association nestedAssociation = this.lookup.named(association.target(), nestedAs);
				if (nestedAssociation.kind().isToMany()) {
					attach(nestedAssociation, nested, targets);
				}
			});
		});
	}

	private void attach(Association association, Include include, List<Loaded<?>> parents) {
		EntityMapping mapping = this.persistence.mapping();
		PersistentPropertyPath<RelationalPersistentProperty> keyPath = mapping.path(association.source(),
				association.keyProperty());
		Class<?> keyType = ClassUtils.resolvePrimitiveIfNecessary(keyPath.getLeafProperty().getActualType());
		boolean keyIsId = keyPath.getLength() == 1 && keyPath.getLeafProperty().isIdProperty();
		List<@Nullable Object> keys = new ArrayList<>(parents.size());
		Map<Object, List<Loaded<?>>> targets = new LinkedHashMap<>(parents.size() * 2);
		for (Loaded<?> parent : parents) {
			Object key = (keyIsId && keyType.isInstance(parent.id())) ? parent.id()
					: key(mapping.property(parent.entity(), keyPath), keyType, mapping);
			keys.add(key);
			if (key != null) {
				targets.putIfAbsent(key, new ArrayList<>());
			}
		}
		if (!targets.isEmpty()) {
			EagerRequest request = new EagerRequest(association.target(), include.includes(), include.criteria(),
					Sort.unsorted(), null, 0);
			Junction junction = association.junction();
			String keyColumn = (junction != null) ? junction.sourceColumn() : association.foreignKey().column();
			BoundSelect select = select(request, true, new ToManySelection(association.qualifiedName(), keyColumn,
					keyType, include.order(), include.perSourceLimit() != null, junction));
			ColumnRead keyRead = select.select().keyColumn();
			LinkReader links = LinkReader.of(junction, select.select().linkColumns(), this.persistence);
			List<Loaded<?>> loaded = query(select, request, new ArrayList<>(targets.keySet()), include.perSourceLimit(),
					(row, target) -> {
						targets.get(key(keyRead.read(row), keyType, mapping)).add(target);
						if (links != null) {
							target.link(links.read(row));
						}
					});
			attachToMany(association.target(), include.includes(), loaded);
		}
		for (int i = 0; i < parents.size(); i++) {
			Object key = keys.get(i);
			parents.get(i)
				.attach(association.as(), association.target(),
						(key != null) ? targets.getOrDefault(key, List.of()) : List.of());
		}
	}

	/**
	 * Return a key as the type of the sources' key, converting it only when it is not one
	 * already.
	 */
	private static @Nullable Object key(@Nullable Object value, Class<?> keyType, EntityMapping mapping) {
		return (value == null || keyType.isInstance(value)) ? value
				: mapping.conversionService().convert(value, keyType);
	}

	/**
	 * Return the associations a request includes, as {@code Source.as} separated by
	 * commas, or the source type when it includes none.
	 */
	private String included(EagerRequest request) {
		if (request.includes().isEmpty()) {
			return request.type().getSimpleName();
		}
		StringBuilder names = new StringBuilder();
		name(request.type(), request.includes(), names);
		return names.toString();
	}

	private void name(Class<?> source, Map<String, Include> includes, StringBuilder names) {
		includes.forEach((as, include) -> {
			Association association = this.lookup.named(source, as);
			names.append((names.length() > 0) ? "," : "").append(association.qualifiedName());
			name(association.target(), include.includes(), names);
		});
	}

	/**
	 * Return the select of a request with the values of its criteria: built once per
	 * shape and kept, for up to {@value #CACHED_SELECTS} shapes, or built for the request
	 * when its shape cannot be told or its criteria bind other names than the kept
	 * select's.
	 */
	private BoundSelect select(EagerRequest request, boolean byIds, @Nullable ToManySelection toMany) {
		SelectShape shape = SelectShape.of(request, byIds, toMany);
		EagerSelect cached = (shape != null) ? this.selects.get(shape) : null;
		if (cached != null) {
			MapSqlParameterSource criteria = cached.criteria().bind(request);
			if (criteria != null) {
				return new BoundSelect(cached, criteria);
			}
		}
		EagerSelect select = build(request, byIds, toMany);
		MapSqlParameterSource criteria = select.criteria().built();
		if (shape != null && cached == null && this.selects.size() < CACHED_SELECTS) {
			this.selects.putIfAbsent(shape, select);
		}
		return new BoundSelect(select, criteria);
	}

	/**
	 * Return how many selects this loader has built, kept or not.
	 */
	int selectsBuilt() {
		return this.selectsBuilt.get();
	}

	private EagerSelect build(EagerRequest request, boolean byIds, @Nullable ToManySelection toMany) {
		this.selectsBuilt.incrementAndGet();
		return new EagerSelect(request, byIds, toMany, this.lookup, this.persistence.mapping(), this.dialect);
	}

	/**
	 * A select with the values of a request's criteria.
	 */
	private record BoundSelect(EagerSelect select, MapSqlParameterSource criteria) {

	}

	/**
	 * What to do with a row read, with the entity read from it.
	 */
	@FunctionalInterface
	private interface RowRead {

		void read(ResultSet row, Loaded<?> entity) throws SQLException;

	}

}
