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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.jdbc.core.convert.DataAccessStrategy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The entry point to the association repositories of an application's models:
 *
 * <pre class="code">
 * HasOneRepository&lt;User, Profile&gt; profiles = associations.hasOne(User.class, Profile.class);
 * BelongsToRepository&lt;Profile, User&gt; owners = associations.belongsTo(Profile.class, User.class);
 * OneToOneRepository&lt;User, ?&gt; passport = associations.association(User.class, "passport");
 * </pre>
 *
 * Repositories read and write with the application's Spring Data JDBC mapping, JDBC
 * operations and transaction manager.
 */
public final class Associations {

	private final Schema schema;

	private final Persistence persistence;

	private final Dialect dialect;

	private static final int CACHED_SELECTS = 256;

	private final Map<Association, OneToOneRepository<?, ?>> repositories = new ConcurrentHashMap<>();

	private final Map<EagerQuery.SelectShape, EagerSelect> selects = new ConcurrentHashMap<>();

	/**
	 * Create the associations of a schema.
	 * @param schema the schema derived from the model definitions
	 * @param aggregates the application's aggregate operations
	 * @param jdbc the application's JDBC operations
	 * @param converter the application's converter
	 * @param dataAccessStrategy the application's data access strategy
	 * @param transactionManager the application's transaction manager
	 * @param events where to publish Spring Data's events
	 * @param callbacks Spring Data's entity callbacks, or {@code null}
	 * @param dialect the application's dialect
	 */
	public Associations(Schema schema, JdbcAggregateOperations aggregates, NamedParameterJdbcOperations jdbc,
			JdbcConverter converter, DataAccessStrategy dataAccessStrategy,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			@Nullable EntityCallbacks callbacks, Dialect dialect) {
		this.schema = schema;
		this.dialect = dialect;
		this.persistence = new Persistence(aggregates, jdbc, converter, dataAccessStrategy, transactionManager, events,
				callbacks);
	}

	/**
	 * Return the only hasOne association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @return the repository
	 * @throws IllegalArgumentException when there is none, or several
	 */
	public <S, T> HasOneRepository<S, T> hasOne(Class<S> source, Class<T> target) {
		return hasOne(source, target, null);
	}

	/**
	 * Return a hasOne association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @param as the association's name, or {@code null} when there is only one
	 * @return the repository
	 * @throws IllegalArgumentException when there is no such association
	 */
	@SuppressWarnings("unchecked")
	public <S, T> HasOneRepository<S, T> hasOne(Class<S> source, Class<T> target, @Nullable String as) {
		return (HasOneRepository<S, T>) repository(find(AssociationKind.HAS_ONE, source, target, as));
	}

	/**
	 * Return the only belongsTo association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @return the repository
	 * @throws IllegalArgumentException when there is none, or several
	 */
	public <S, T> BelongsToRepository<S, T> belongsTo(Class<S> source, Class<T> target) {
		return belongsTo(source, target, null);
	}

	/**
	 * Return a belongsTo association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @param as the association's name, or {@code null} when there is only one
	 * @return the repository
	 * @throws IllegalArgumentException when there is no such association
	 */
	@SuppressWarnings("unchecked")
	public <S, T> BelongsToRepository<S, T> belongsTo(Class<S> source, Class<T> target, @Nullable String as) {
		return (BelongsToRepository<S, T>) repository(find(AssociationKind.BELONGS_TO, source, target, as));
	}

	/**
	 * Return an association of a source by its name.
	 * @param <S> the source type
	 * @param source the source type
	 * @param as the association's name
	 * @return the repository
	 * @throws IllegalArgumentException when the source has no such association
	 */
	@SuppressWarnings("unchecked")
	public <S> OneToOneRepository<S, ?> association(Class<S> source, String as) {
		return (OneToOneRepository<S, ?>) repository(named(source, as));
	}

	Association named(Class<?> source, String as) {
		return this.schema.association(source, as)
			.orElseThrow(() -> new IllegalArgumentException(source.getSimpleName() + " has no association named '" + as
					+ "'; its associations are " + names(source)));
	}

	/**
	 * Start a query that loads sources together with the targets of their associations,
	 * in one SQL query.
	 * @param <S> the source type
	 * @param source the source type
	 * @return the query, without includes
	 */
	public <S> EagerQuery<S> load(Class<S> source) {
		return new EagerQuery<>(this, source);
	}

	/**
	 * Return the select of an eager query: built once per shape and kept, for up to
	 * {@value #CACHED_SELECTS} shapes, or built for each query when it has values of its
	 * own.
	 * @param shape the query's shape, or {@code null} when the select cannot be reused
	 * @param builder builds the select
	 * @return the select
	 */
	EagerSelect select(EagerQuery.@Nullable SelectShape shape, Supplier<EagerSelect> builder) {
		if (shape == null) {
			return builder.get();
		}
		EagerSelect select = this.selects.get(shape);
		if (select == null) {
			select = builder.get();
			if (this.selects.size() < CACHED_SELECTS) {
				this.selects.putIfAbsent(shape, select);
			}
		}
		return select;
	}

	Schema schema() {
		return this.schema;
	}

	Dialect dialect() {
		return this.dialect;
	}

	Persistence persistence() {
		return this.persistence;
	}

	private Association find(AssociationKind kind, Class<?> source, Class<?> target, @Nullable String as) {
		List<Association> candidates = this.schema.associations()
			.stream()
			.filter((association) -> association.kind() == kind && association.source() == source
					&& association.target() == target && (as == null || association.as().equals(as)))
			.toList();
		String described = source.getSimpleName() + "." + kind.method() + "(" + target.getSimpleName() + ")";
		if (candidates.isEmpty()) {
			throw new IllegalArgumentException("There is no " + described + ((as != null) ? " named '" + as + "'" : "")
					+ "; the associations of " + source.getSimpleName() + " are " + names(source));
		}
		if (candidates.size() > 1) {
			throw new IllegalArgumentException("There are several " + described + ": "
					+ candidates.stream().map(Association::as).collect(Collectors.joining(", "))
					+ "; name one with its as");
		}
		return candidates.get(0);
	}

	private OneToOneRepository<?, ?> repository(Association association) {
		return this.repositories.computeIfAbsent(association, (key) -> {
			BoundAssociation bound = new BoundAssociation(key, this.schema, this.persistence);
			return (key.kind() == AssociationKind.HAS_ONE) ? new JdbcHasOneRepository<>(bound)
					: new JdbcBelongsToRepository<>(bound);
		});
	}

	private String names(Class<?> source) {
		List<String> names = this.schema.associations()
			.stream()
			.filter((association) -> association.source() == source)
			.map((association) -> association.as() + " (" + association.kind().method() + " "
					+ association.target().getSimpleName() + ")")
			.toList();
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

}
