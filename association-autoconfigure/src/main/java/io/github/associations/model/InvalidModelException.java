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

package io.github.associations.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when model definitions are invalid; lists every problem found, each with what to
 * do about it.
 */
public class InvalidModelException extends RuntimeException {

	private final List<ModelProblem> problems;

	/**
	 * Create an exception for the given problems.
	 * @param problems the problems, at least one
	 */
	public InvalidModelException(List<ModelProblem> problems) {
		super(message(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Create an exception for one problem.
	 * @param description what is wrong
	 * @param action what to do
	 */
	public InvalidModelException(String description, String action) {
		this(List.of(new ModelProblem(description, action)));
	}

	/**
	 * Return the problems.
	 * @return the problems, at least one
	 */
	public List<ModelProblem> getProblems() {
		return this.problems;
	}

	private static String message(List<ModelProblem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("problems must not be empty");
		}
		if (problems.size() == 1) {
			return problems.get(0).description();
		}
		return problems.size() + " problems in the model definitions: "
				+ problems.stream().map(ModelProblem::description).collect(Collectors.joining("; "));
	}

}
