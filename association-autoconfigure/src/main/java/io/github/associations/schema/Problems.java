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

package io.github.associations.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelProblem;

/**
 * Collects the problems of one stage of the derivation, so that all of them are reported
 * at once, in a stable order.
 */
final class Problems {

	private final TreeMap<String, ModelProblem> problems = new TreeMap<>();

	void add(String description, String action) {
		this.problems.putIfAbsent(description, new ModelProblem(description, action));
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidModelException(new ArrayList<>(this.problems.values()));
		}
	}

	List<ModelProblem> asList() {
		return List.copyOf(this.problems.values());
	}

}
