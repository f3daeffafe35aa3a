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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.github.associations.benchmarks.operations.AddPost;
import io.github.associations.benchmarks.operations.AddTag;
import io.github.associations.benchmarks.operations.CreateUserWithProfile;
import io.github.associations.benchmarks.operations.LoadPostsWithTags;
import io.github.associations.benchmarks.operations.LoadUsersWithPosts;
import io.github.associations.benchmarks.operations.LoadUsersWithProfiles;
import io.github.associations.benchmarks.operations.OperationBenchmark;
import io.github.associations.benchmarks.operations.RelinkProfile;
import io.github.associations.benchmarks.operations.SetPosts;
import io.github.associations.benchmarks.operations.SetTags;
import io.github.associations.benchmarks.operations.UnsetProfile;
import io.github.associations.benchmarks.operations.UpdateUserColumn;
import io.github.associations.benchmarks.operations.TrialRecord;
import io.github.associations.benchmarks.systems.Systems;
import org.jspecify.annotations.Nullable;

/**
 * The results of a run as Markdown: one table per operation, the targets the results are
 * read against, and what the checks after each trial observed.
 */
final class Report {

	private static final Map<String, String> SYSTEMS = systems();

	private static final Map<String, String> NOT_APPLICABLE = Map.of(
			TrialRecord.key("relinkProfile", Systems.DATA_JDBC_EMBEDDED, null),
			"n/a: a profile inside a user's aggregate cannot move to another user",
			TrialRecord.key("unsetProfile", Systems.DATA_JDBC_EMBEDDED, null),
			"n/a: a profile inside a user's aggregate cannot exist without its user");

	private static final String ASSOCIATIONS = Systems.ASSOCIATIONS;

	/**
	 * The systems that run only when they are selected by name.
	 */
	private static final List<String> VARIANTS = List.of(Systems.ASSOCIATIONS_OBSERVED, Systems.ASSOCIATIONS_TIMED);

	private final List<Operation> operations;

	private final Predicate<String> selected;

	private final List<String> selectedSystems;

	private final Map<String, Measurement> measurements = new LinkedHashMap<>();

	private final Map<String, TrialRecord> records = new LinkedHashMap<>();

	/**
	 * Create a report.
	 * @param loadSizes the numbers of users loaded
	 * @param selected which benchmarks the run selected, by their full method name
	 * @param selectedSystems the systems the run selected
	 * @param measurements the timings
	 * @param records the trials' records
	 */
	Report(List<String> loadSizes, Predicate<String> selected, List<String> selectedSystems,
			List<Measurement> measurements, List<TrialRecord> records) {
		this.operations = operations(loadSizes);
		this.selected = selected;
		this.selectedSystems = selectedSystems;
		measurements.forEach((measurement) -> this.measurements
			.put(TrialRecord.key(measurement.benchmark(), measurement.system(), measurement.size()), measurement));
		records.forEach((record) -> this.records.put(record.key(), record));
	}

	/**
	 * Return whether every benchmark that should have run has a measurement and passed
	 * its checks.
	 * @return whether the run is complete
	 */
	boolean complete() {
		for (Operation operation : this.operations) {
			for (String system : SYSTEMS.keySet()) {
				String key = operation.key(system);
				TrialRecord record = this.records.get(key);
				if (operation.appliesTo(system) && selected(operation, system)
						&& (!this.measurements.containsKey(key) || record == null || record.failure() != null)) {
					return false;
				}
			}
		}
		return true;
	}

	String markdown(List<String> environment, String profile, String command) {
		StringBuilder out = new StringBuilder();
		out.append("# Benchmark results\n\n");
		out.append("Run with `").append(command).append("` (").append(profile).append(").\n\n");
		environment.forEach((line) -> out.append("- ").append(line).append('\n'));
		out.append('\n');
		for (Operation operation : this.operations) {
			appendTable(out, operation);
		}
		appendTargets(out);
		appendChecks(out);
		return out.toString();
	}

	private void appendTable(StringBuilder out, Operation operation) {
		out.append("## ").append(operation.title()).append("\n\n");
		out.append("| system | ops/s (± 99.9% error) | p99 latency | statements/op | round trips/op | × raw JDBC |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
		Measurement floor = this.measurements.get(operation.key(Systems.RAW_JDBC));
		for (Map.Entry<String, String> system : SYSTEMS.entrySet()) {
			String key = operation.key(system.getKey());
			if ((VARIANTS.contains(system.getKey()) && !this.selectedSystems.contains(system.getKey()))
					|| (!operation.appliesTo(system.getKey()) && !NOT_APPLICABLE.containsKey(key))) {
				continue;
			}
			out.append("| ").append(system.getValue()).append(" | ");
			Measurement measurement = this.measurements.get(key);
			TrialRecord record = this.records.get(key);
			if (NOT_APPLICABLE.containsKey(key)) {
				out.append(NOT_APPLICABLE.get(key)).append(" | | | | |\n");
			}
			else if (!selected(operation, system.getKey())) {
				out.append("not run | | | | |\n");
			}
			else if (measurement == null || record == null || record.failure() != null) {
				String reason = (record != null && record.failure() != null) ? record.failure() : "no result";
				out.append("failed: ").append(reason.replace('|', '/')).append(" | | | | |\n");
			}
			else {
				out.append(throughput(measurement))
					.append(" | ")
					.append(format("%,.0f µs", measurement.p99Micros()))
					.append(" | ")
					.append(count(record.counts().statements()))
					.append(" | ")
					.append(count(record.counts().roundTrips()))
					.append(" | ")
					.append((floor != null) ? ratio(measurement, floor) : "")
					.append(" |\n");
			}
		}
		out.append('\n');
	}

	private boolean selected(Operation operation, String system) {
		return this.selected.test(operation.fullName()) && this.selectedSystems.contains(system);
	}

	/**
	 * Return the names of the systems a run selects by default, in the order of the
	 * tables: every system but the variants.
	 * @return the names
	 */
	static List<String> systemNames() {
		return SYSTEMS.keySet().stream().filter((system) -> !VARIANTS.contains(system)).toList();
	}

	private void appendTargets(StringBuilder out) {
		out.append("## Targets\n\n");
		out.append("Ratios with the range their confidence intervals allow. A ratio target is met when the estimate\n"
				+ "reaches it, missed when even the range's top does not, and not shown when the range straddles it.\n\n");
		out.append("| target | operation | result | verdict |\n| --- | --- | --- | --- |\n");
		for (Operation operation : this.operations) {
			Measurement ours = this.measurements.get(operation.key(ASSOCIATIONS));
			Measurement floor = this.measurements.get(operation.key(Systems.RAW_JDBC));
			if (ours != null && floor != null) {
				appendFloorTarget(out, operation, ours, floor);
				appendComparisons(out, operation, ours);
				appendStatementTarget(out, operation);
			}
		}
		out.append('\n');
	}

	private void appendFloorTarget(StringBuilder out, Operation operation, Measurement ours, Measurement floor) {
		double minimum = operation.minimumRatio();
		double ratio = ours.ratioTo(floor);
		double highest = (floor.low() > 0) ? ours.high() / floor.low() : Double.POSITIVE_INFINITY;
		String verdict = (ratio >= minimum) ? "met" : (highest >= minimum) ? "not shown: inside the error" : "missed";
		String range = (ours.hasError() && floor.hasError())
				? format(" (%.2f–%.2f)", ours.low() / floor.high(), highest) : " (no range: one iteration)";
		out.append(format("| ≥ %.2f× raw JDBC | %s | %.2f×%s | %s |\n", minimum, operation.title(), ratio, range,
				verdict));
	}

	private void appendComparisons(StringBuilder out, Operation operation, Measurement ours) {
		for (Map.Entry<String, Double> other : operation.atLeast().entrySet()) {
			Measurement measurement = this.measurements.get(operation.key(other.getKey()));
			if (measurement != null) {
				double minimum = other.getValue();
				double ratio = ours.ratioTo(measurement);
				String verdict = verdict(ours, measurement, minimum);
				String target = (minimum > 1) ? format("%.0f× ", minimum) : "";
				out.append(format("| ≥ %s%s | %s | %.2f× | %s |\n", target, SYSTEMS.get(other.getKey()),
						operation.title(), ratio, verdict));
			}
		}
	}

	/**
	 * Judge a comparison: a multiple above 1 as the floor target is judged, with the
	 * range of the confidence intervals; "faster" (1) as faster, tied or slower.
	 */
	private static String verdict(Measurement ours, Measurement other, double minimum) {
		if (minimum > 1) {
			double highest = (other.low() > 0) ? ours.high() / other.low() : Double.POSITIVE_INFINITY;
			return (ours.ratioTo(other) >= minimum) ? "met"
					: (highest >= minimum) ? "not shown: inside the error" : "missed";
		}
		if (ours.ties(other)) {
			return "tie";
		}
		return (ours.operationsPerSecond() > other.operationsPerSecond()) ? "met" : "missed";
	}

	private void appendStatementTarget(StringBuilder out, Operation operation) {
		TrialRecord ours = this.records.get(operation.key(ASSOCIATIONS));
		TrialRecord floor = this.records.get(operation.key(Systems.RAW_JDBC));
		if (ours != null && floor != null) {
			double statements = ours.counts().statements();
			double floorStatements = floor.counts().statements();
			out.append(format("| statements = raw JDBC | %s | %s vs %s | %s |\n", operation.title(), count(statements),
					count(floorStatements), (statements <= floorStatements) ? "met" : "missed"));
		}
	}

	private void appendChecks(StringBuilder out) {
		out.append("## Checks after each trial\n\n");
		for (Operation operation : this.operations) {
			for (Map.Entry<String, String> system : SYSTEMS.entrySet()) {
				TrialRecord record = this.records.get(operation.key(system.getKey()));
				if (record != null) {
					out.append("- ").append(operation.title()).append(", ").append(system.getValue()).append(": ");
					List<String> observations = new ArrayList<>(record.notes());
					if (record.failure() != null) {
						observations.add(0, "FAILED: " + record.failure());
					}
					out.append(String.join("; ", observations)).append('\n');
				}
			}
		}
	}

	private static String throughput(Measurement measurement) {
		if (!measurement.hasError()) {
			return format("%,.0f", measurement.operationsPerSecond());
		}
		return format("%,.0f ± %,.0f", measurement.operationsPerSecond(), measurement.error());
	}

	private static String ratio(Measurement measurement, Measurement floor) {
		String ratio = format("%.2f×", measurement.ratioTo(floor));
		return (measurement != floor && measurement.ties(floor)) ? ratio + " (tie)" : ratio;
	}

	private static String count(double value) {
		return (value == Math.rint(value)) ? format("%.0f", value) : format("%.2f", value);
	}

	private static String format(String format, Object... arguments) {
		return String.format(Locale.ROOT, format, arguments);
	}

	private static Map<String, String> systems() {
		Map<String, String> systems = new LinkedHashMap<>();
		systems.put(Systems.RAW_JDBC, "raw JDBC");
		systems.put(Systems.RAW_JDBC_JOIN, "raw JDBC, one join");
		systems.put(Systems.RAW_JDBC_JSON, "raw JDBC, JSON aggregation");
		systems.put(Systems.RAW_JDBC_ARRAYS, "raw JDBC, array aggregation");
		systems.put(Systems.RAW_JDBC_ORDERED, "raw JDBC, posts locked in id order");
		systems.put(Systems.JDBC_TEMPLATE, "JdbcTemplate");
		systems.put(Systems.ASSOCIATIONS, "**association repositories**");
		systems.put(Systems.ASSOCIATIONS_OBSERVED, "association repositories, observation registry without handlers");
		systems.put(Systems.ASSOCIATIONS_TIMED, "association repositories, observed with timers");
		systems.put(Systems.DATA_JDBC_EMBEDDED, "Spring Data JDBC, embedded");
		systems.put(Systems.DATA_JDBC_REFERENCE, "Spring Data JDBC, AggregateReference");
		systems.put(Systems.DATA_JDBC_COLLECTION, "Spring Data JDBC, posts in the aggregate");
		systems.put(Systems.DATA_JDBC_JUNCTION, "Spring Data JDBC, tag links in the aggregate");
		systems.put(Systems.HIBERNATE_DEFAULT, "Hibernate, default");
		systems.put(Systems.HIBERNATE_DEFAULT_LIST, "Hibernate, default, tags in a `List`");
		systems.put(Systems.HIBERNATE_TUNED, "Hibernate, tuned");
		return systems;
	}

	private static List<Operation> operations(List<String> loadSizes) {
		Map<String, Double> anyFaster = new LinkedHashMap<>();
		anyFaster.put(Systems.DATA_JDBC_EMBEDDED, 1.0);
		anyFaster.put(Systems.DATA_JDBC_REFERENCE, 1.0);
		anyFaster.put(Systems.HIBERNATE_DEFAULT, 1.0);
		List<Operation> operations = new ArrayList<>();
		operations.add(new Operation(CreateUserWithProfile.class, null, "Create a user with a linked profile", 0.90,
				anyFaster));
		operations.add(new Operation(RelinkProfile.class, null, "Relink a profile to another user", 0.90, anyFaster));
		operations.add(new Operation(UnsetProfile.class, null, "Unset a user's profile", 0.90, anyFaster));
		operations.add(new Operation(UpdateUserColumn.class, null, "Update one user column, the profile untouched",
				0.90, anyFaster));
		for (String size : loadSizes) {
			String title = size.equals("1") ? "Load 1 user with its profile"
					: "Load " + size + " users with their profiles";
			operations.add(new Operation(LoadUsersWithProfiles.class, size, title,
					(Integer.parseInt(size) >= 1000) ? 0.85 : 0.90, anyFaster));
		}
		Map<String, Double> postsFaster = new LinkedHashMap<>();
		postsFaster.put(Systems.DATA_JDBC_COLLECTION, 1.0);
		postsFaster.put(Systems.HIBERNATE_DEFAULT, 1.0);
		postsFaster.put(Systems.HIBERNATE_TUNED, 1.0);
		Map<String, Double> loadFaster = new LinkedHashMap<>();
		loadFaster.put(Systems.DATA_JDBC_COLLECTION, 2.0);
		loadFaster.put(Systems.HIBERNATE_DEFAULT, 2.0);
		loadFaster.put(Systems.HIBERNATE_TUNED, 1.0);
		operations.add(new Operation(SetPosts.class, null, "Set a user's posts: 10 replaced by 10, 5 in common", 0.90,
				postsFaster));
		operations.add(new Operation(AddPost.class, null, "Add a new post to a user", 0.90, postsFaster));
		operations.add(new Operation(LoadUsersWithPosts.class, null, "Load 100 users with their posts (5 each)", 0.80,
				loadFaster));
		Map<String, Double> tagsFaster = new LinkedHashMap<>();
		tagsFaster.put(Systems.DATA_JDBC_JUNCTION, 1.0);
		tagsFaster.put(Systems.HIBERNATE_DEFAULT, 1.0);
		tagsFaster.put(Systems.HIBERNATE_DEFAULT_LIST, 1.0);
		tagsFaster.put(Systems.HIBERNATE_TUNED, 1.0);
		Map<String, Double> tagsLoadFaster = new LinkedHashMap<>();
		tagsLoadFaster.put(Systems.DATA_JDBC_JUNCTION, 2.0);
		tagsLoadFaster.put(Systems.HIBERNATE_DEFAULT, 2.0);
		tagsLoadFaster.put(Systems.HIBERNATE_DEFAULT_LIST, 2.0);
		tagsLoadFaster.put(Systems.HIBERNATE_TUNED, 1.0);
		operations.add(new Operation(SetTags.class, null, "Set a post's tags: 10 replaced by 10, 5 in common", 0.90,
				tagsFaster));
		operations.add(new Operation(AddTag.class, null, "Add a saved tag to a post", 0.90, tagsFaster));
		operations.add(new Operation(LoadPostsWithTags.class, null, "Load 100 posts with their tags (5 each)", 0.80,
				tagsLoadFaster));
		return operations;
	}

	/**
	 * An operation as the report shows it.
	 *
	 * @param type the benchmark's class, whose method is named after it
	 * @param size the number of users loaded, or {@code null}
	 * @param title the table's title
	 * @param minimumRatio the least throughput of the association repositories, as a
	 * multiple of raw JDBC's, that meets the target
	 * @param atLeast the systems the association repositories are compared with, each
	 * with the least multiple of its throughput that meets the target ({@code 1} for
	 * faster or tied)
	 */
	private record Operation(Class<?> type, @Nullable String size, String title, double minimumRatio,
			Map<String, Double> atLeast) {

		/**
		 * Return the benchmark method's name.
		 */
		String benchmark() {
			String name = this.type.getSimpleName();
			return Character.toLowerCase(name.charAt(0)) + name.substring(1);
		}

		String key(String system) {
			return TrialRecord.key(benchmark(), system, this.size);
		}

		/**
		 * Return the benchmark's full method name, as JMH matches it.
		 */
		String fullName() {
			return this.type.getName() + "." + benchmark();
		}

		/**
		 * Return whether the benchmark runs a system: one it declares, or a variant of
		 * one.
		 */
		boolean appliesTo(String system) {
			return OperationBenchmark.systemsOf(this.type).contains(Systems.base(system));
		}

	}

}
