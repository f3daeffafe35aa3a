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

package io.github.associations.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The directories a new migration is written to. For a file system location, that
 * directory. For a classpath location, two: the module's source directory, found from
 * where the application's classes were loaded (so that the file is committed), and the
 * exploded build output that the classpath location resolves to (so that Flyway applies
 * it in the same start, from the location it already scans).
 */
final class MigrationDirectories {

	private static final Pattern MIGRATION = Pattern.compile("[VRU][^_]*__.*\\.sql");

	private MigrationDirectories() {
	}

	/**
	 * Return the directories to write a location's new migrations to.
	 * @param location the location
	 * @param sourceDirectory the source directory to use instead of the one found from
	 * the application's classes, or {@code null}
	 * @param applicationClass a class of the application, or {@code null}
	 * @param classLoader the class loader whose classpath holds a classpath location
	 * @return the directories
	 * @throws MigrationsException when there is no directory to write to, as for a
	 * packaged application
	 */
	static List<Path> of(MigrationLocation location, @Nullable Path sourceDirectory,
			@Nullable Class<?> applicationClass, ClassLoader classLoader) {
		if (!location.classpath()) {
			return List.of(Path.of(location.path()).toAbsolutePath().normalize());
		}
		Path classes = (applicationClass != null) ? classesDirectory(applicationClass) : null;
		Path output = outputDirectory(location.path(), classes, classLoader);
		Path source = (sourceDirectory != null) ? sourceDirectory
				: (classes != null) ? sourceDirectory(classes, location.path()) : null;
		if (source == null || output == null) {
			throw new MigrationsException(
					"There is no source directory to write new migrations to: the application "
							+ "was not loaded from a Maven or Gradle build output directory"
							+ ((classes != null) ? " (it was loaded from " + classes + ")" : ""),
					"Write migrations while developing, from the build output (such as mvn spring-boot:run), or set "
							+ "associations.migrations.source-directory; a packaged application only validates.");
		}
		Set<Path> directories = new LinkedHashSet<>();
		directories.add(source.toAbsolutePath().normalize());
		directories.add(output.toAbsolutePath().normalize());
		return List.copyOf(directories);
	}

	/**
	 * Return the generated migrations that the build output directory of a classpath
	 * location holds but its source directory does not: deleted from the sources, they
	 * are still on the classpath, where they would pass for migrations written by hand.
	 * Files from other resource directories are not generated ones, and are left alone.
	 * @param directories the directories {@link #of} returned: the source directory, then
	 * the build output directory
	 * @return the names of those migrations, sorted; empty for a file system location or
	 * a source directory that does not exist yet
	 */
	static List<String> deletedFromSources(List<Path> directories) {
		if (directories.size() < 2 || !Files.isDirectory(directories.get(0))
				|| !Files.isDirectory(directories.get(1))) {
			return List.of();
		}
		Path source = directories.get(0);
		try (Stream<Path> output = Files.list(directories.get(1))) {
			return output.map((file) -> file.getFileName().toString())
				.filter((name) -> MIGRATION.matcher(name).matches())
				.filter((name) -> !Files.exists(source.resolve(name)))
				.filter((name) -> isGenerated(directories.get(1).resolve(name)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new MigrationsException("The migrations in " + directories.get(1) + " could not be listed: " + ex,
					"Check that " + directories.get(1) + " is a readable directory.", ex);
		}
	}

	private static boolean isGenerated(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String firstLine = reader.readLine();
			return firstLine != null && MigrationPlanner.HEADER.startsWith(firstLine + "\n");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Return the source directory of a classpath location for a build output directory:
	 * {@code target/classes} and Gradle's {@code build/classes/<language>/main} and
	 * {@code build/resources/main} map to {@code src/main/resources}, test output to
	 * {@code src/test/resources}.
	 * @param classes the build output directory the application was loaded from
	 * @param path the location's path below the classpath root
	 * @return the source directory, or {@code null} for an unknown layout
	 */
	static @Nullable Path sourceDirectory(Path classes, String path) {
		Path module = module(classes);
		if (module == null) {
			return null;
		}
		String set = classes.endsWith("test-classes") || classes.endsWith("test") ? "test" : "main";
		return module.resolve("src").resolve(set).resolve("resources").resolve(path);
	}

	private static @Nullable Path module(Path classes) {
		Path normalized = classes.toAbsolutePath().normalize();
		if (normalized.endsWith(Path.of("target", "classes"))
				|| normalized.endsWith(Path.of("target", "test-classes"))) {
			return normalized.getParent().getParent();
		}
		Path build = normalized.getParent();
		if (normalized.getNameCount() >= 4 && build != null && build.getParent() != null
				&& build.getParent().endsWith(Path.of("build", "classes"))) {
			return build.getParent().getParent().getParent();
		}
		if (build != null && build.endsWith(Path.of("build", "resources"))) {
			return build.getParent().getParent();
		}
		return null;
	}

	private static @Nullable Path outputDirectory(String path, @Nullable Path classes, ClassLoader classLoader) {
		try {
			Enumeration<URL> resources = classLoader.getResources(path);
			while (resources.hasMoreElements()) {
				URL resource = resources.nextElement();
				if ("file".equals(resource.getProtocol())) {
					Path directory = Path.of(resource.toURI());
					if (Files.isDirectory(directory)) {
						return directory;
					}
				}
			}
		}
		catch (IOException | URISyntaxException ex) {
			// fall back to the application's classes directory
		}
		if (classes == null) {
			return null;
		}
		Path normalized = classes.toAbsolutePath().normalize();
		Path language = normalized.getParent();
		if (language != null && language.getParent() != null
				&& language.getParent().endsWith(Path.of("build", "classes"))) {
			return language.getParent()
				.getParent()
				.resolve("resources")
				.resolve(normalized.getFileName())
				.resolve(path);
		}
		return normalized.resolve(path);
	}

	private static @Nullable Path classesDirectory(Class<?> type) {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
			return null;
		}
		try {
			Path location = Path.of(source.getLocation().toURI());
			return Files.isDirectory(location) ? location : null;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
	}

}
