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

package io.github.associations.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifier annotation for the {@link DataSource} of a read replica, to which the
 * application's read-only work is sent instead of its primary {@code DataSource}. Declare
 * it as not a default candidate, so that Spring Boot still auto-configures the primary:
 *
 * <pre class="code">
 * &#64;Bean(defaultCandidate = false)
 * &#64;ReadReplica
 * DataSource readReplica() { ... }
 * </pre>
 *
 * It takes the place of the replica that {@code associations.read-replica.url} would
 * configure. Its connections should be read-only. A {@code JdbcConnectionDetails} bean
 * with this qualifier, declared the same way, gives the URL and credentials of the
 * replica whose pool the starter makes instead.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface ReadReplica {

}
