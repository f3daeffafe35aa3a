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

package io.github.associations.benchmarks;

import java.util.List;

/**
 * How long the suite measures: {@code full} for the published figures, {@code short} to
 * check every benchmark in a few minutes.
 */
enum SuiteProfile {

	/**
	 * One fork per benchmark, 5 warm-up iterations of 2 s (the Spring-based systems need
	 * them on 2 cores), 10 measured iterations of 1 s (ten narrow the confidence interval
	 * about twice as much as five of 2 s).
	 */
	FULL(1, 5, 2, 10, 1, List.of("1", "10", "100", "1000")),

	/**
	 * One fork per benchmark, 1 warm-up iteration of 1 s, 1 measured iteration of 1 s,
	 * loads of 100 users only: every benchmark runs and is checked, but its figures are
	 * indicative, not results.
	 */
	SHORT(1, 1, 1, 1, 1, List.of("100"));

	private final int forks;

	private final int warmupIterations;

	private final int warmupSeconds;

	private final int measurementIterations;

	private final int measurementSeconds;

	private final List<String> loadSizes;

	SuiteProfile(int forks, int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds,
			List<String> loadSizes) {
		this.forks = forks;
		this.warmupIterations = warmupIterations;
		this.warmupSeconds = warmupSeconds;
		this.measurementIterations = measurementIterations;
		this.measurementSeconds = measurementSeconds;
		this.loadSizes = loadSizes;
	}

	int forks() {
		return this.forks;
	}

	int warmupIterations() {
		return this.warmupIterations;
	}

	int warmupSeconds() {
		return this.warmupSeconds;
	}

	int measurementIterations() {
		return this.measurementIterations;
	}

	int measurementSeconds() {
		return this.measurementSeconds;
	}

	List<String> loadSizes() {
		return this.loadSizes;
	}

	String describe() {
		return name().toLowerCase() + ": " + this.forks + " fork per benchmark, " + this.warmupIterations + " × "
				+ this.warmupSeconds + " s warm-up, " + this.measurementIterations + " × " + this.measurementSeconds
				+ " s measurement, loads of " + String.join(", ", this.loadSizes) + " users";
	}

}
