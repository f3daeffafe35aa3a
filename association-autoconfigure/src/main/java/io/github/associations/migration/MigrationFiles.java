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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads what a migration location holds, from the classpath (directories or jars) or from
 * a file system directory.
 */
final class MigrationFiles {

	private MigrationFiles() {
	}

	/**
	 * Read a location.
	 * @param location the location
	 * @param classLoader the class loader whose classpath holds a classpath location
	 * @return the snapshot and SQL files of the location
	 */
	static LocationContents read(MigrationLocation location, ClassLoader classLoader) {
		try {
			return location.classpath() ? readClasspath(location.path(), classLoader)
					: readDirectory(Path.of(location.path()));
		}
		catch (IOException ex) {
			throw new MigrationsException("The migrations in " + location + " cannot be read: " + ex.getMessage(),
					"Check that the location exists and is readable.", ex);
		}
	}

	private static LocationContents readClasspath(String path, ClassLoader classLoader) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		Map<String, byte[]> files = new TreeMap<>();
		for (Resource resource : resolver.getResources("classpath*:" + path + "/*.sql")) {
			String name = resource.getFilename();
			if (name != null && !files.containsKey(name)) {
				files.put(name, bytes(resource));
			}
		}
		Resource snapshot = resolver.getResource("classpath:" + path + "/" + Snapshot.FILE_NAME);
		return new LocationContents(snapshot.exists() ? bytes(snapshot) : null, files);
	}

	private static LocationContents readDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return LocationContents.empty();
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(directory)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				String name = path.getFileName().toString();
				if (name.endsWith(".sql") && Files.isRegularFile(path)) {
					files.put(name, Files.readAllBytes(path));
				}
			}
		}
		Path snapshot = directory.resolve(Snapshot.FILE_NAME);
		return new LocationContents(Files.isRegularFile(snapshot) ? Files.readAllBytes(snapshot) : null, files);
	}

	private static byte[] bytes(Resource resource) throws IOException {
		try (InputStream input = resource.getInputStream()) {
			return input.readAllBytes();
		}
	}

}
