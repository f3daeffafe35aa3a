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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.associations.schema.Association;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.query.Query;

/**
 * Loads sources together with the targets of their associations in a constant number of
 * SQL statements whatever the number of sources: no N+1. To-one targets are joined into
 * the sources' select; the targets of each included to-many association take one select
 * of their own. A limit, offset or sort applies to the sources. Immutable: every method
 * returns a new query.
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
 *
 * List&lt;Loaded&lt;User&gt;&gt; authors = associations.load(User.class)
 *     .include("posts", Include.optional().sort(Sort.by("id").descending()).limit(3))
 *     .all();
 * authors.get(0).getList("posts", Post.class);
 * </pre>
 *
 * @param <S> the source type
 */
public final class EagerQuery<S> {

	private final EagerLoader loader;

	private final EagerRequest request;

	EagerQuery(EagerLoader loader, Class<S> type) {
		this(loader, new EagerRequest(type, Map.of(), null, Sort.unsorted(), null, 0));
	}

	private EagerQuery(EagerLoader loader, EagerRequest request) {
		this.loader = loader;
		this.request = request;
	}

	/**
	 * Include an association of the source, optionally ({@code LEFT JOIN}).
	 * @param as the association's name
	 * @return a new query with the association
	 * @throws AssociationLookupException when the source has no such association
	 */
	public EagerQuery<S> include(String as) {
		return include(as, Include.optional());
	}

	/**
	 * Include an association of the source.
	 * @param as the association's name
	 * @param include how to include it
	 * @return a new query with the association
	 * @throws AssociationLookupException when the source, or the target for a nested
	 * include, has no such association
	 * @throws IllegalArgumentException when an include of a to-one association has a sort
	 * or a limit, which apply to to-many includes
	 */
	public EagerQuery<S> include(String as, Include include) {
		AssociationLookup lookup = this.loader.lookup();
		Association association = lookup.named(this.request.type(), as);
		requireToManyForPerSourceOptions(association, include);
		include.includes()
			.forEach((nested, nestedInclude) -> requireToManyForPerSourceOptions(
					lookup.named(association.target(), nested), nestedInclude));
		Map<String, Include> includes = new LinkedHashMap<>(this.request.includes());
		includes.put(as, include);
		return with(includes, this.request.where(), this.request.sort(), this.request.limit(), this.request.offset());
	}

	/**
	 * Include an association of the source, optionally, named by its repository:
	 * {@code include(profiles)} for an injected
	 * {@code HasOneRepository<User, Profile> profiles}, {@code include(posts)} for a
	 * {@code HasManyRepository<User, Post> posts}.
	 * @param association the association's repository
	 * @return a new query with the association
	 * @throws AssociationLookupException when the source has no such association
	 */
	public EagerQuery<S> include(AssociationRepository<S, ?> association) {
		return include(association.as());
	}

	/**
	 * Include an association of the source, named by its repository.
	 * @param association the association's repository
	 * @param include how to include it
	 * @return a new query with the association
	 * @throws AssociationLookupException when the source, or the target for a nested
	 * include, has no such association
	 */
	public EagerQuery<S> include(AssociationRepository<S, ?> association, Include include) {
		return include(association.as(), include);
	}

	private static void requireToManyForPerSourceOptions(Association association, Include include) {
		if (!association.kind().isToMany() && (include.order().isSorted() || include.perSourceLimit() != null)) {
			throw new IllegalArgumentException(association.qualifiedName() + " is a to-one association; sort and "
					+ "limit of an include apply to to-many associations only");
		}
	}

	/**
	 * Load only the sources that match a filter on the source's properties.
	 * @param criteria the filter, such as {@code Criteria.where("username").is("alice")}
	 * @return a new query with the filter
	 */
	public EagerQuery<S> where(CriteriaDefinition criteria) {
		return with(this.request.includes(), criteria, this.request.sort(), this.request.limit(),
				this.request.offset());
	}

	/**
	 * Order the sources.
	 * @param sort the order, by the source's properties
	 * @return a new query with the order
	 */
	public EagerQuery<S> sort(Sort sort) {
		return with(this.request.includes(), this.request.where(), sort, this.request.limit(), this.request.offset());
	}

	/**
	 * Load at most a number of sources.
	 * @param limit the maximum number of sources
	 * @return a new query with the limit
	 * @throws IllegalArgumentException when the limit is negative
	 */
	public EagerQuery<S> limit(long limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("The limit must not be negative, but is " + limit);
		}
		return with(this.request.includes(), this.request.where(), this.request.sort(), limit, this.request.offset());
	}

	/**
	 * Take the filter, order, limit and offset of a Spring Data Relational {@link Query}.
	 * @param query the query
	 * @return a new query
	 */
	public EagerQuery<S> matching(Query query) {
		CriteriaDefinition criteria = query.getCriteria().orElse(null);
		Long limit = query.isLimited() ? (long) query.getLimit() : null;
		// A Query without an offset has -1
		return with(this.request.includes(), criteria, query.getSort(), limit, Math.max(query.getOffset(), 0));
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
		return (List<Loaded<S>>) (List<?>) this.loader.load(this.request, ids);
	}

	private EagerQuery<S> with(Map<String, Include> includes, @Nullable CriteriaDefinition where, Sort sort,
			@Nullable Long limit, long offset) {
		return new EagerQuery<>(this.loader,
				new EagerRequest(this.request.type(), includes, where, sort, limit, offset));
	}

}
