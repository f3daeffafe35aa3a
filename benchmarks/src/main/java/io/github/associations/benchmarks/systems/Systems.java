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

package io.github.associations.benchmarks.systems;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.postgres.BenchmarkDatabase;
import io.github.associations.benchmarks.systems.associations.AssociationsApplication;
import io.github.associations.benchmarks.systems.associations.AssociationsPostsSystem;
import io.github.associations.benchmarks.systems.associations.AssociationsSystem;
import io.github.associations.benchmarks.systems.associations.AssociationsTagsSystem;
import io.github.associations.benchmarks.systems.collection.PostsAggregateSystem;
import io.github.associations.benchmarks.systems.embedded.EmbeddedAggregateSystem;
import io.github.associations.benchmarks.systems.hibernate.HibernateDefaultSystem;
import io.github.associations.benchmarks.systems.hibernateposts.HibernatePostsSystem;
import io.github.associations.benchmarks.systems.hibernatetags.HibernateTagsSystem;
import io.github.associations.benchmarks.systems.hibernatetags.TunedHibernateTagsSystem;
import io.github.associations.benchmarks.systems.hibernatepoststuned.TunedHibernatePostsSystem;
import io.github.associations.benchmarks.systems.hibernatetuned.TunedHibernateSystem;
import io.github.associations.benchmarks.systems.jdbc.JdbcTemplateSystem;
import io.github.associations.benchmarks.systems.jdbc.LoadShape;
import io.github.associations.benchmarks.systems.jdbc.RawJdbcPostsSystem;
import io.github.associations.benchmarks.systems.jdbc.RawJdbcSystem;
import io.github.associations.benchmarks.systems.jdbc.RawJdbcTagsSystem;
import io.github.associations.benchmarks.systems.junction.TagsAggregateSystem;
import io.github.associations.benchmarks.systems.reference.AggregateReferenceSystem;

/**
 * The systems by the names the benchmarks' {@code system} parameter uses.
 */
public final class Systems {

	public static final String RAW_JDBC = "raw-jdbc";

	public static final String JDBC_TEMPLATE = "jdbc-template";

	public static final String ASSOCIATIONS = "associations";

	/**
	 * The association repositories with an observation registry that has no handlers:
	 * their operations run through the observation code, which observes nothing.
	 */
	public static final String ASSOCIATIONS_OBSERVED = "associations-observed";

	/**
	 * The association repositories with an observation registry whose handler records
	 * Micrometer timers, as Spring Boot's actuator sets it up.
	 */
	public static final String ASSOCIATIONS_TIMED = "associations-timed";

	/**
	 * Raw JDBC loading users with their posts in one statement, a {@code LEFT JOIN} that
	 * repeats each user's columns on every post's row.
	 */
	public static final String RAW_JDBC_JOIN = "raw-jdbc-join";

	/**
	 * Raw JDBC loading users with their posts in one statement, each user's posts
	 * aggregated into a JSON array.
	 */
	public static final String RAW_JDBC_JSON = "raw-jdbc-json";

	/**
	 * Raw JDBC loading users with their posts in one statement, each user's posts
	 * aggregated into one PostgreSQL array per column.
	 */
	public static final String RAW_JDBC_ARRAYS = "raw-jdbc-arrays";

	/**
	 * Raw JDBC setting a user's posts with the association repositories' guarantee: the
	 * affected posts locked in id order before they are written.
	 */
	public static final String RAW_JDBC_ORDERED = "raw-jdbc-ordered";

	public static final String DATA_JDBC_EMBEDDED = "data-jdbc-embedded";

	/**
	 * Spring Data JDBC with the posts inside the user's aggregate
	 * ({@code @MappedCollection}).
	 */
	public static final String DATA_JDBC_COLLECTION = "data-jdbc-collection";

	public static final String DATA_JDBC_REFERENCE = "data-jdbc-reference";

	/**
	 * Spring Data JDBC with the links to tags inside the post's aggregate
	 * ({@code @MappedCollection} of entities holding an {@code AggregateReference}).
	 */
	public static final String DATA_JDBC_JUNCTION = "data-jdbc-junction";

	public static final String HIBERNATE_DEFAULT = "hibernate-default";

	/**
	 * Hibernate with Spring Boot's defaults and a post's tags a {@code List}; its
	 * {@link #HIBERNATE_DEFAULT} maps them as a {@code Set}.
	 */
	public static final String HIBERNATE_DEFAULT_LIST = "hibernate-default-list";

	public static final String HIBERNATE_TUNED = "hibernate-tuned";

	private Systems() {
	}

	/**
	 * Start a system of the one-to-one operations on a database, with its own pool of two
	 * connections.
	 * @param name the system's name
	 * @param database the database
	 * @return the running system
	 */
	public static OneToOneSystem startOneToOne(String name, BenchmarkDatabase database) {
		return switch (name) {
			case RAW_JDBC -> new RawJdbcSystem(pool(database, true));
			case JDBC_TEMPLATE -> new JdbcTemplateSystem(pool(database, true));
			case ASSOCIATIONS -> new AssociationsSystem(pool(database, true));
			case ASSOCIATIONS_OBSERVED ->
				new AssociationsSystem(pool(database, true), AssociationsApplication.OBSERVATIONS + "=no-handlers");
			case ASSOCIATIONS_TIMED ->
				new AssociationsSystem(pool(database, true), AssociationsApplication.OBSERVATIONS + "=timers");
			case DATA_JDBC_EMBEDDED -> new EmbeddedAggregateSystem(pool(database, true));
			case DATA_JDBC_REFERENCE -> new AggregateReferenceSystem(pool(database, true));
			case HIBERNATE_DEFAULT -> new HibernateDefaultSystem(pool(database, true));
			case HIBERNATE_TUNED -> new TunedHibernateSystem(pool(database, false));
			default -> throw new IllegalArgumentException("Unknown system '" + name + "'");
		};
	}

	/**
	 * Start a system of the one-to-many operations on a database, with its own pool of
	 * two connections.
	 * @param name the system's name
	 * @param database the database
	 * @return the running system
	 */
	public static OneToManySystem startOneToMany(String name, BenchmarkDatabase database) {
		return switch (name) {
			case RAW_JDBC -> new RawJdbcPostsSystem(pool(database, true), LoadShape.SECOND_QUERY);
			case RAW_JDBC_JOIN -> new RawJdbcPostsSystem(pool(database, true), LoadShape.JOIN);
			case RAW_JDBC_JSON -> new RawJdbcPostsSystem(pool(database, true), LoadShape.JSON);
			case RAW_JDBC_ARRAYS -> new RawJdbcPostsSystem(pool(database, true), LoadShape.ARRAYS);
			case RAW_JDBC_ORDERED -> new RawJdbcPostsSystem(pool(database, true), LoadShape.SECOND_QUERY, true);
			case ASSOCIATIONS -> new AssociationsPostsSystem(pool(database, true));
			case ASSOCIATIONS_OBSERVED -> new AssociationsPostsSystem(pool(database, true),
					AssociationsApplication.OBSERVATIONS + "=no-handlers");
			case ASSOCIATIONS_TIMED ->
				new AssociationsPostsSystem(pool(database, true), AssociationsApplication.OBSERVATIONS + "=timers");
			case DATA_JDBC_COLLECTION -> new PostsAggregateSystem(pool(database, true));
			case HIBERNATE_DEFAULT -> new HibernatePostsSystem(pool(database, true));
			case HIBERNATE_TUNED -> new TunedHibernatePostsSystem(pool(database, false));
			default -> throw new IllegalArgumentException("Unknown system '" + name + "'");
		};
	}

	/**
	 * Start a system of the many-to-many operations on a database, with its own pool of
	 * two connections.
	 * @param name the system's name
	 * @param database the database
	 * @return the running system
	 */
	public static ManyToManySystem startManyToMany(String name, BenchmarkDatabase database) {
		return switch (name) {
			case RAW_JDBC -> new RawJdbcTagsSystem(pool(database, true));
			case ASSOCIATIONS -> new AssociationsTagsSystem(pool(database, true));
			case ASSOCIATIONS_OBSERVED ->
				new AssociationsTagsSystem(pool(database, true), AssociationsApplication.OBSERVATIONS + "=no-handlers");
			case ASSOCIATIONS_TIMED ->
				new AssociationsTagsSystem(pool(database, true), AssociationsApplication.OBSERVATIONS + "=timers");
			case DATA_JDBC_JUNCTION -> new TagsAggregateSystem(pool(database, true));
			case HIBERNATE_DEFAULT -> new HibernateTagsSystem(pool(database, true), false);
			case HIBERNATE_DEFAULT_LIST -> new HibernateTagsSystem(pool(database, true), true);
			case HIBERNATE_TUNED -> new TunedHibernateTagsSystem(pool(database, false));
			default -> throw new IllegalArgumentException("Unknown system '" + name + "'");
		};
	}

	/**
	 * Return the system whose operations a system runs: itself, or the association
	 * repositories for their observed variants.
	 * @param name the system's name
	 * @return the name of the system it varies
	 */
	public static String base(String name) {
		return (name.equals(ASSOCIATIONS_OBSERVED) || name.equals(ASSOCIATIONS_TIMED)) ? ASSOCIATIONS : name;
	}

	private static CountingDataSource pool(BenchmarkDatabase database, boolean autoCommit) {
		return new CountingDataSource(database.pool(autoCommit));
	}

}
