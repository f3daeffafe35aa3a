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

import java.util.List;

import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelProblem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains invalid model definitions: every problem found, and what to do about each.
 */
class InvalidModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidModelException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidModelException cause) {
		List<ModelProblem> problems = cause.getProblems();
		if (problems.size() == 1) {
			ModelProblem problem = problems.get(0);
			return new FailureAnalysis("The model definitions are invalid: " + problem.description() + ".",
					problem.action(), cause);
		}
		StringBuilder description = new StringBuilder("The model definitions have " + problems.size() + " problems:\n");
		StringBuilder action = new StringBuilder("Fix each problem:\n");
		for (int i = 0; i < problems.size(); i++) {
			description.append('\n').append(i + 1).append(". ").append(problems.get(i).description()).append('.');
			action.append('\n').append(i + 1).append(". ").append(problems.get(i).action());
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
