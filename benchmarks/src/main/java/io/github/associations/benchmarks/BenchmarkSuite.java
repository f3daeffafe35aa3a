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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.associations.benchmarks.operations.OperationBenchmark;
import io.github.associations.benchmarks.operations.TrialRecord;
import io.github.associations.benchmarks.postgres.BenchmarkDatabase;
import io.github.associations.benchmarks.postgres.Seed;
import io.github.associations.devserver.EmbeddedPostgresServer;
import io.github.associations.devserver.EmbeddedPostgresSettings;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite: starts one embedded PostgreSQL, seeds the template database, runs
 * every benchmark with JMH (each fork clones the template), and writes the report.
 * Arguments: {@code --profile=full|short}, {@code --include=<regex>} (benchmark classes),
 * {@code --systems=<name>,...}, {@code --pin=true|false} (pin the server and the forks to
 * separate cores), {@code --profiler=<name>[:<options>][+<name>[:<options>]...]},
 * {@code --forks=<n>}, {@code --warmup=<iterations>x<seconds>},
 * {@code --measurement=<iterations>x<seconds>} (empty for the profile's) and
 * {@code --output=<directory>}.
 */
public final class BenchmarkSuite {

	private static final int SEEDED_USERS = 100_000;

	private static final String COMMAND = "mvn -P benchmarks -pl benchmarks -am verify -DskipTests";

	private BenchmarkSuite() {
	}

	public static void main(String[] args) throws IOException, RunnerException {
		SuiteProfile profile = SuiteProfile.valueOf(argument(args, "profile", "full").toUpperCase(Locale.ROOT));
		String include = argument(args, "include", ".*");
		String selectedSystems = argument(args, "systems", "");
		List<String> systems = selectedSystems.isEmpty() ? Report.systemNames() : List.of(selectedSystems.split(","));
		Path output = Path.of(argument(args, "output", "target/benchmarks")).toAbsolutePath();
		Path records = output.resolve("records");
		Files.createDirectories(records);
		try (var files = Files.list(records)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.delete(file);
			}
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer
			.start(new EmbeddedPostgresSettings(null, 0, Duration.ofSeconds(60)))) {
			new Seed(SEEDED_USERS).createTemplate(server.port());
			int cores = Runtime.getRuntime().availableProcessors();
			String placement = Boolean.parseBoolean(argument(args, "pin", "true"))
					? CpuPinning.pin(server.jdbcUrl("postgres")) : "not pinned to cores";
			String benchmarks = OperationBenchmark.class.getPackageName() + "\\..*(" + include + ").*";
			List<String> properties = List.of("-D" + BenchmarkDatabase.PORT_PROPERTY + "=" + server.port(),
					"-D" + TrialRecord.DIRECTORY_PROPERTY + "=" + records);
			ChainedOptionsBuilder options = new OptionsBuilder().include(benchmarks)
				.forks(number(argument(args, "forks", ""), profile.forks()))
				.warmupIterations(iterations(argument(args, "warmup", ""), profile.warmupIterations()))
				.warmupTime(TimeValue.seconds(seconds(argument(args, "warmup", ""), profile.warmupSeconds())))
				.measurementIterations(iterations(argument(args, "measurement", ""), profile.measurementIterations()))
				.measurementTime(
						TimeValue.seconds(seconds(argument(args, "measurement", ""), profile.measurementSeconds())))
				.param("n", profile.loadSizes().toArray(String[]::new))
				.jvmArgsAppend(jvmArguments(properties))
				.resultFormat(ResultFormatType.JSON)
				.result(output.resolve("jmh-result.json").toString())
				.shouldFailOnError(false);
			for (String profiler : argument(args, "profiler", "").split("\\+")) {
				if (!profiler.isEmpty()) {
					int colon = profiler.indexOf(':');
					options.addProfiler((colon < 0) ? profiler : profiler.substring(0, colon),
							(colon < 0) ? "" : profiler.substring(colon + 1));
				}
			}
			if (!selectedSystems.isEmpty()) {
				options.param("system", systems.toArray(String[]::new));
			}
			Collection<RunResult> results = new Runner(options.build()).run();
			List<Measurement> measurements = results.stream().map(Measurement::of).toList();
			Report report = new Report(profile.loadSizes(), Pattern.compile(benchmarks).asPredicate(), systems,
					measurements, TrialRecord.readAll(records));
			String command = COMMAND + ((profile == SuiteProfile.SHORT) ? " -Dbenchmarks.profile=short" : "");
			Path file = output.resolve("report.md");
			List<String> environment = new ArrayList<>(Environment.describe(server.jdbcUrl("postgres"), cores));
			environment.add("Processes: " + placement);
			Files.writeString(file, report.markdown(environment, profile.describe(), command));
			System.out.println("Report: " + file);
			if (!report.complete()) {
				System.err.println("Some benchmarks failed or did not run; see the report.");
				System.exit(1);
			}
		}
	}

	private static String[] jvmArguments(List<String> properties) {
		List<String> arguments = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
		arguments.addAll(properties);
		return arguments.toArray(String[]::new);
	}

	/**
	 * Read the iterations of {@code <iterations>x<seconds>}.
	 */
	private static int iterations(String value, int defaultValue) {
		return value.isEmpty() ? defaultValue : Integer.parseInt(value.substring(0, value.indexOf('x')));
	}

	/**
	 * Read the seconds of {@code <iterations>x<seconds>}.
	 */
	private static int number(String value, int defaultValue) {
		return value.isEmpty() ? defaultValue : Integer.parseInt(value);
	}

	private static int seconds(String value, int defaultValue) {
		return value.isEmpty() ? defaultValue : Integer.parseInt(value.substring(value.indexOf('x') + 1));
	}

	private static String argument(String[] args, String name, String defaultValue) {
		String prefix = "--" + name + "=";
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return defaultValue;
	}

}
