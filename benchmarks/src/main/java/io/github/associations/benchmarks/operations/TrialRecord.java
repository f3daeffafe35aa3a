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

package io.github.associations.benchmarks.operations;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import io.github.associations.benchmarks.counting.Counts;
import org.jspecify.annotations.Nullable;

/**
 * What one trial observed besides its timings: the statements and round trips of its
 * operation, and whether its rows were correct afterwards. Each fork writes its trial's
 * record to the directory named by {@value #DIRECTORY_PROPERTY}.
 *
 * @param benchmark the benchmark method's name
 * @param system the system's name
 * @param size the number of users loaded, or {@code null} for writes
 * @param counts the counts per operation
 * @param failure why the rows were wrong, or {@code null} when every check passed
 * @param notes what the checks observed
 */
public record TrialRecord(String benchmark, String system, @Nullable String size, Counts counts,
		@Nullable String failure, List<String> notes) {

	/**
	 * The system property with the directory of the records.
	 */
	public static final String DIRECTORY_PROPERTY = "benchmarks.records";

	/**
	 * Return the key that matches a JMH result's benchmark and parameters.
	 * @return {@code benchmark/system} or {@code benchmark/system/size}
	 */
	public String key() {
		return key(this.benchmark, this.system, this.size);
	}

	/**
	 * Return a record's key.
	 * @param benchmark the benchmark method's name
	 * @param system the system's name
	 * @param size the number of users loaded, or {@code null}
	 * @return the key
	 */
	public static String key(String benchmark, String system, @Nullable String size) {
		return benchmark + "/" + system + ((size != null) ? "/" + size : "");
	}

	void write() {
		String directory = System.getProperty(DIRECTORY_PROPERTY);
		if (directory == null) {
			throw new IllegalStateException("No directory for trial records: " + DIRECTORY_PROPERTY + " is not set");
		}
		Properties properties = new Properties();
		properties.setProperty("benchmark", this.benchmark);
		properties.setProperty("system", this.system);
		if (this.size != null) {
			properties.setProperty("size", this.size);
		}
		properties.setProperty("statements", Double.toString(this.counts.statements()));
		properties.setProperty("roundTrips", Double.toString(this.counts.roundTrips()));
		properties.setProperty("operations", Integer.toString(this.counts.operations()));
		if (this.failure != null) {
			properties.setProperty("failure", this.failure);
		}
		for (int i = 0; i < this.notes.size(); i++) {
			properties.setProperty("note." + i, this.notes.get(i));
		}
		Path file = Path.of(directory).resolve(key().replace('/', '-') + ".properties");
		try (Writer writer = Files.newBufferedWriter(file)) {
			properties.store(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Read every record in a directory.
	 * @param directory the directory
	 * @return the records
	 */
	public static List<TrialRecord> readAll(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".properties"))
				.sorted()
				.map(TrialRecord::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TrialRecord read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> notes = new ArrayList<>();
		for (int i = 0; properties.containsKey("note." + i); i++) {
			notes.add(properties.getProperty("note." + i));
		}
		Counts counts = new Counts(Double.parseDouble(properties.getProperty("statements")),
				Double.parseDouble(properties.getProperty("roundTrips")),
				Integer.parseInt(properties.getProperty("operations")));
		return new TrialRecord(properties.getProperty("benchmark"), properties.getProperty("system"),
				properties.getProperty("size"), counts, properties.getProperty("failure"), notes);
	}

}
