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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.query.Query;
import org.springframework.util.ClassUtils;

/**
 * Loads sources together with the targets of their one-to-one associations, in one SQL
 * query whatever the number of sources: no N+1. Immutable: every method returns a new
 * query.
 *
 * <pre class="code">
 * List&lt;Loaded&lt;User&gt;&gt; users = associations.load(User.class)
 *     .include("profile")
 *     .include("passport", Include.required())
 *     .where(Criteria.where("username").like("a%"))
 *     .sort(Sort.by("username"))
 *     .limit(20)
 *     .all();
 * users.get(0).get("profile", Profile.class);
 * </pre>
 *
 * @param <S> the source type
 */
public final class EagerQuery<S> {

	private final Associations associations;

	private final Class<S> type;

	private final Map<String, Include> includes;

	private final @Nullable CriteriaDefinition where;

	private final Sort sort;

	private final @Nullable Long limit;

	private final long offset;

	EagerQuery(Associations associations, Class<S> type) {
		this(associations, type, Map.of(), null, Sort.unsorted(), null, 0);
	}

	private EagerQuery(Associations associations, Class<S> type, Map<String, Include> includes,
			@Nullable CriteriaDefinition where, Sort sort, @Nullable Long limit, long offset) {
		this.associations = associations;
		this.type = type;
		this.includes = includes;
		this.where = where;
		this.sort = sort;
		this.limit = limit;
		this.offset = offset;
	}

	/**
	 * Include an association of the source, optionally ({@code LEFT JOIN}).
	 * @param as the association's name
	 * @return a new query with the association
	 * @throws IllegalArgumentException when the source has no such association
	 */
	public EagerQuery<S> include(String as) {
		return include(as, Include.optional());
	}

	/**
	 * Include an association of the source.
	 * @param as the association's name
	 * @param include how to include it
	 * @return a new query with the association
	 * @throws IllegalArgumentException when the source, or the target for a nested
	 * include, has no such association
	 */
	public EagerQuery<S> include(String as, Include include) {
		Class<?> target = this.associations.named(this.type, as).target();
		include.includes().keySet().forEach((nested) -> this.associations.named(target, nested));
		Map<String, Include> includes = new LinkedHashMap<>(this.includes);
		includes.put(as, include);
		return new EagerQuery<>(this.associations, this.type, includes, this.where, this.sort, this.limit, this.offset);
	}

	/**
	 * Load only the sources that match a filter on the source's properties.
	 * @param criteria the filter, such as {@code Criteria.where("username").is("alice")}
	 * @return a new query with the filter
	 */
	public EagerQuery<S> where(CriteriaDefinition criteria) {
		return new EagerQuery<>(this.associations, this.type, this.includes, criteria, this.sort, this.limit,
				this.offset);
	}

	/**
	 * Order the sources.
	 * @param sort the order, by the source's properties
	 * @return a new query with the order
	 */
	public EagerQuery<S> sort(Sort sort) {
		return new EagerQuery<>(this.associations, this.type, this.includes, this.where, sort, this.limit, this.offset);
	}

	/**
	 * Load at most a number of sources.
	 * @param limit the maximum number of sources
	 * @return a new query with the limit
	 */
	public EagerQuery<S> limit(long limit) {
		return new EagerQuery<>(this.associations, this.type, this.includes, this.where, this.sort, limit, this.offset);
	}

	/**
	 * Take the filter, order, limit and offset of a Spring Data Relational {@link Query}.
	 * @param query the query
	 * @return a new query
	 */
	public EagerQuery<S> matching(Query query) {
		CriteriaDefinition criteria = query.getCriteria().orElse(null);
		Long limit = query.isLimited() ? (long) query.getLimit() : null;
		return new EagerQuery<>(this.associations, this.type, this.includes, criteria, query.getSort(), limit,
				query.getOffset());
	}

	/**
	 * Load every matching source with its included targets.
	 * @return the loaded sources, in the query's order
	 */
	public List<Loaded<S>> all() {
		return run(null);
	}

	/**
	 * Load the sources with the given ids, with their included targets.
	 * @param ids the ids
	 * @return the loaded sources that exist
	 */
	public List<Loaded<S>> byIds(Iterable<?> ids) {
		List<Object> values = new ArrayList<>();
		ids.forEach(values::add);
		return values.isEmpty() ? List.of() : run(values);
	}

	/**
	 * Load the source with an id, with its included targets.
	 * @param id the id
	 * @return the loaded source, or empty when it does not exist
	 */
	public Optional<Loaded<S>> byId(Object id) {
		return byIds(List.of(id)).stream().findFirst();
	}

	@SuppressWarnings("unchecked")
	private List<Loaded<S>> run(@Nullable List<Object> ids) {
		Persistence persistence = this.associations.persistence();
		EagerSelect select = this.associations.select(shape(ids != null),
				() -> new EagerSelect(persistence, this.associations.schema(), this.associations.dialect(), this.type,
						this.includes, this.where, ids != null, this.sort, this.limit, this.offset));
		List<Loaded<S>> loaded = new ArrayList<>();
		Set<Object> seen = new HashSet<>();
		persistence.read(() -> {
			persistence.jdbc().query(select.sql(), select.parameters(ids), (ResultSet row) -> {
				Object key = select.rootKey(row);
				if (!seen.add(key)) {
					throw new IncorrectResultSizeDataAccessException(
							this.type.getSimpleName() + " " + key + " has several targets of an included association",
							1);
				}
				loaded.add((Loaded<S>) select.read(row));
			});
			return loaded;
		});
		return loaded;
	}

	/**
	 * Return what identifies this query's select when the select has no values of its
	 * own, so that it can be built once and reused; {@code null} when it has criteria.
	 */
	private @Nullable SelectShape shape(boolean byIds) {
		if (this.where != null) {
			return null;
		}
		StringBuilder includes = new StringBuilder();
		if (!describe(this.includes, includes)) {
			return null;
		}
		return new SelectShape(this.type, includes.toString(), byIds, this.sort, this.limit, this.offset);
	}

	private static boolean describe(Map<String, Include> includes, StringBuilder description) {
		for (String as : new TreeSet<>(includes.keySet())) {
			Include include = includes.get(as);
			if (include.criteria() != null) {
				return false;
			}
			description.append(as).append(include.isRequired() ? "!" : "?").append('{');
			if (!describe(include.includes(), description)) {
				return false;
			}
			description.append('}');
		}
		return true;
	}

	/**
	 * What makes two selects without values the same.
	 *
	 * @param type the source type
	 * @param includes the included associations, described
	 * @param byIds whether the select is by ids
	 * @param sort the order
	 * @param limit the limit, or {@code null}
	 * @param offset the offset
	 */
	record SelectShape(Class<?> type, String includes, boolean byIds, Sort sort, @Nullable Long limit, long offset) {

	}

}
