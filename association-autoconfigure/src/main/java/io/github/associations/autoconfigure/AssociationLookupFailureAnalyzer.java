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

import io.github.associations.repository.AssociationLookupException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;

/**
 * Explains an association repository injected for an association that the model
 * definitions do not declare: where it was injected, the associations the source has, and
 * what to declare.
 */
class AssociationLookupFailureAnalyzer extends AbstractInjectionFailureAnalyzer<AssociationLookupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AssociationLookupException cause,
			@Nullable String description) {
		String where = (description != null) ? description + " needs an association repository, but: " : "";
		return new FailureAnalysis(where + cause.getMessage() + ".", cause.getAction(), cause);
	}

}
