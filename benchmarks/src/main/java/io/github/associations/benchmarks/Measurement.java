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

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The timings of one benchmark of one system: throughput with its error, and the 99th
 * percentile of the latency.
 *
 * @param benchmark the benchmark method's name
 * @param system the system's name
 * @param size the number of users loaded, or {@code null}
 * @param operationsPerSecond the mean throughput of the measured iterations
 * @param error the half-width of the throughput's 99.9% confidence interval
 * @param p99Micros the 99th percentile of the operations' latency, in microseconds
 */
record Measurement(String benchmark, String system, @Nullable String size, double operationsPerSecond, double error,
		double p99Micros) {

	private static final double CONFIDENCE = 0.999;

	private static final double MICROS_PER_SECOND = 1_000_000;

	/**
	 * Read a JMH result of the sample-time mode: each measured iteration's mean latency
	 * gives that iteration's throughput, and the iterations give the mean and its
	 * confidence interval, as JMH's throughput mode computes them; the latency percentile
	 * comes from all samples.
	 * @param result the result
	 * @return the measurement
	 */
	static Measurement of(RunResult result) {
		List<Double> throughputs = new ArrayList<>();
		for (BenchmarkResult fork : result.getBenchmarkResults()) {
			for (IterationResult iteration : fork.getIterationResults()) {
				throughputs.add(MICROS_PER_SECOND / iteration.getPrimaryResult().getScore());
			}
		}
		ListStatistics statistics = new ListStatistics();
		throughputs.forEach(statistics::addValue);
		double error = (statistics.getN() > 1) ? statistics.getMeanErrorAt(CONFIDENCE) : Double.NaN;
		String benchmark = result.getParams().getBenchmark();
		return new Measurement(benchmark.substring(benchmark.lastIndexOf('.') + 1),
				result.getParams().getParam("system"), result.getParams().getParam("n"), statistics.getMean(), error,
				result.getPrimaryResult().getStatistics().getPercentile(99));
	}

	/**
	 * Return whether the measurement has a confidence interval, which takes at least two
	 * measured iterations.
	 * @return whether the error is known
	 */
	boolean hasError() {
		return !Double.isNaN(this.error);
	}

	double low() {
		return hasError() ? this.operationsPerSecond - this.error : this.operationsPerSecond;
	}

	double high() {
		return hasError() ? this.operationsPerSecond + this.error : this.operationsPerSecond;
	}

	/**
	 * Return whether the confidence intervals of two measurements overlap, so that their
	 * difference is inside the error.
	 * @param other another measurement
	 * @return whether they tie
	 */
	boolean ties(Measurement other) {
		return low() <= other.high() && other.low() <= high();
	}

	/**
	 * Return this throughput as a multiple of another's.
	 * @param other the other measurement
	 * @return the ratio
	 */
	double ratioTo(Measurement other) {
		return this.operationsPerSecond / other.operationsPerSecond;
	}

}
