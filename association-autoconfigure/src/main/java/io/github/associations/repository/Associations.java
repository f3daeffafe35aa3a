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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.micrometer.observation.ObservationRegistry;
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
 * HasManyRepository&lt;User, Post&gt; posts = associations.hasMany(User.class, Post.class);
 * BelongsToManyRepository&lt;Post, Tag&gt; tags = associations.belongsToMany(Post.class, Tag.class);
 * BelongsToRepository&lt;Profile, User&gt; owners = associations.belongsTo(Profile.class, User.class);
 * OneToOneRepository&lt;User, ?&gt; passport = associations.association(User.class, "passport");
 * </pre>
 *
 * Repositories read and write with the application's Spring Data JDBC mapping, JDBC
 * operations and transaction manager, and run inside Micrometer observations when there
 * is an observation registry.
 */
public final class Associations {

	private final AssociationLookup lookup;

	private final Persistence persistence;

	private final EagerLoader loader;

	private final @Nullable Observations observations;

	private final Map<Association, Object> repositories = new ConcurrentHashMap<>();

	/**
	 * Create the associations of a schema, whose repositories' operations and eager loads
	 * run inside observations when there is an observation registry.
	 * @param schema the schema derived from the model definitions
	 * @param aggregates the application's aggregate operations
	 * @param jdbc the application's JDBC operations
	 * @param converter the application's converter
	 * @param dataAccessStrategy the application's data access strategy
	 * @param transactionManager the application's transaction manager
	 * @param events where to publish Spring Data's events
	 * @param callbacks Spring Data's entity callbacks, or {@code null}
	 * @param dialect the application's dialect
	 * @param observationRegistry the application's observation registry, or {@code null}
	 * to observe nothing and create nothing for it
	 */
	public Associations(Schema schema, JdbcAggregateOperations aggregates, NamedParameterJdbcOperations jdbc,
			JdbcConverter converter, DataAccessStrategy dataAccessStrategy,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			@Nullable EntityCallbacks callbacks, Dialect dialect, @Nullable ObservationRegistry observationRegistry) {
		this.lookup = new AssociationLookup(schema);
		this.persistence = Persistence.of(aggregates, jdbc, converter, dataAccessStrategy, transactionManager, events,
				callbacks, dialect);
		this.observations = (observationRegistry != null) ? new Observations(observationRegistry) : null;
		this.loader = new EagerLoader(this.lookup, this.persistence, dialect, this.observations);
	}

	/**
	 * Return the only hasOne association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @return the repository
	 * @throws AssociationLookupException when there is none, or several
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
	 * @throws AssociationLookupException when there is no such association
	 */
	@SuppressWarnings("unchecked")
	public <S, T> HasOneRepository<S, T> hasOne(Class<S> source, Class<T> target, @Nullable String as) {
		return (HasOneRepository<S, T>) repository(this.lookup.find(AssociationKind.HAS_ONE, source, target, as));
	}

	/**
	 * Return the only hasMany association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @return the repository
	 * @throws AssociationLookupException when there is none, or several
	 */
	public <S, T> HasManyRepository<S, T> hasMany(Class<S> source, Class<T> target) {
		return hasMany(source, target, null);
	}

	/**
	 * Return a hasMany association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @param as the association's name, or {@code null} when there is only one
	 * @return the repository
	 * @throws AssociationLookupException when there is no such association
	 */
	@SuppressWarnings("unchecked")
	public <S, T> HasManyRepository<S, T> hasMany(Class<S> source, Class<T> target, @Nullable String as) {
		return (HasManyRepository<S, T>) repository(this.lookup.find(AssociationKind.HAS_MANY, source, target, as));
	}

	/**
	 * Return the only belongsToMany association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @return the repository
	 * @throws AssociationLookupException when there is none, or several
	 */
	public <S, T> BelongsToManyRepository<S, T> belongsToMany(Class<S> source, Class<T> target) {
		return belongsToMany(source, target, null);
	}

	/**
	 * Return a belongsToMany association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @param as the association's name, or {@code null} when there is only one
	 * @return the repository
	 * @throws AssociationLookupException when there is no such association
	 */
	@SuppressWarnings("unchecked")
	public <S, T> BelongsToManyRepository<S, T> belongsToMany(Class<S> source, Class<T> target, @Nullable String as) {
		return (BelongsToManyRepository<S, T>) repository(
				this.lookup.find(AssociationKind.BELONGS_TO_MANY, source, target, as));
	}

	/**
	 * Return the only belongsTo association from a source to a target.
	 * @param <S> the source type
	 * @param <T> the target type
	 * @param source the source type
	 * @param target the target type
	 * @return the repository
	 * @throws AssociationLookupException when there is none, or several
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
	 * @throws AssociationLookupException when there is no such association
	 */
	@SuppressWarnings("unchecked")
	public <S, T> BelongsToRepository<S, T> belongsTo(Class<S> source, Class<T> target, @Nullable String as) {
		return (BelongsToRepository<S, T>) repository(this.lookup.find(AssociationKind.BELONGS_TO, source, target, as));
	}

	/**
	 * Return an association of a source by its name. Its type does not say which side of
	 * the foreign key the source is on, so it has no {@code set}: for that, ask for the
	 * side with {@link #hasOne(Class, Class, String)} or
	 * {@link #belongsTo(Class, Class, String)}.
	 * @param <S> the source type
	 * @param source the source type
	 * @param as the association's name
	 * @return the repository
	 * @throws AssociationLookupException when the source has no such one-to-one
	 * association
	 */
	@SuppressWarnings("unchecked")
	public <S> OneToOneRepository<S, ?> association(Class<S> source, String as) {
		Association association = this.lookup.named(source, as);
		if (association.kind().isToMany()) {
			throw new AssociationLookupException(
					association.qualifiedName() + " is a " + association.kind().method()
							+ " association, not a one-to-one one",
					"Ask for it with " + association.kind().method() + "(" + source.getSimpleName() + ".class, "
							+ association.target().getSimpleName() + ".class, \"" + as + "\").");
		}
		return (OneToOneRepository<S, ?>) repository(association);
	}

	/**
	 * Start a query that loads sources together with the targets of their associations,
	 * in one SQL query.
	 * @param <S> the source type
	 * @param source the source type
	 * @return the query, without includes
	 */
	public <S> EagerQuery<S> load(Class<S> source) {
		return new EagerQuery<>(this.loader, source);
	}

	/**
	 * Return the loader of the eager queries.
	 */
	EagerLoader loader() {
		return this.loader;
	}

	private Object repository(Association association) {
		return this.repositories.computeIfAbsent(association, (key) -> switch (key.kind()) {
			case HAS_ONE -> observed(new JdbcHasOneRepository<>(bound(key), this.persistence));
			case HAS_MANY -> observed(new JdbcHasManyRepository<>(bound(key), this.persistence));
			case BELONGS_TO -> observed(new JdbcBelongsToRepository<>(bound(key), this.persistence));
			case BELONGS_TO_MANY ->
				observed(new JdbcBelongsToManyRepository<>(key, this.lookup.schema(), this.persistence));
		});
	}

	private BoundAssociation bound(Association association) {
		return new BoundAssociation(association, this.lookup.schema(), this.persistence.mapping());
	}

	private <S, T> HasOneRepository<S, T> observed(HasOneRepository<S, T> repository) {
		return (this.observations != null) ? new ObservedHasOneRepository<>(repository, this.observations) : repository;
	}

	private <S, T> HasManyRepository<S, T> observed(HasManyRepository<S, T> repository) {
		return (this.observations != null) ? new ObservedHasManyRepository<>(repository, this.observations)
				: repository;
	}

	private <S, T> BelongsToManyRepository<S, T> observed(BelongsToManyRepository<S, T> repository) {
		return (this.observations != null) ? new ObservedBelongsToManyRepository<>(repository, this.observations)
				: repository;
	}

	private <S, T> BelongsToRepository<S, T> observed(BelongsToRepository<S, T> repository) {
		return (this.observations != null) ? new ObservedBelongsToRepository<>(repository, this.observations)
				: repository;
	}

}
