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

import java.util.Locale;

/**
 * A Flyway location that holds the generated migrations: on the classpath (the default,
 * {@code classpath:db/migration}) or in the file system.
 *
 * @param classpath whether the location is on the classpath
 * @param path the path below the classpath root, or the file system directory
 */
record MigrationLocation(boolean classpath, String path) {

	private static final String CLASSPATH = "classpath:";

	private static final String FILESYSTEM = "filesystem:";

	/**
	 * Parse a location as Flyway spells it; without a prefix, it is on the classpath.
	 * @param location the location, such as {@code classpath:db/migration}
	 * @return the location
	 */
	static MigrationLocation parse(String location) {
		String trimmed = location.trim();
		if (trimmed.toLowerCase(Locale.ROOT).startsWith(FILESYSTEM)) {
			return new MigrationLocation(false, trimmed.substring(FILESYSTEM.length()));
		}
		String path = trimmed.toLowerCase(Locale.ROOT).startsWith(CLASSPATH) ? trimmed.substring(CLASSPATH.length())
				: trimmed;
		if (path.contains(":")) {
			throw new IllegalArgumentException(
					"Migrations can only be generated into a classpath: or filesystem: " + "location, not " + location);
		}
		path = path.replaceAll("^/+", "").replaceAll("/+$", "");
		return new MigrationLocation(true, path);
	}

	/**
	 * Return the location as Flyway spells it.
	 * @return for example {@code classpath:db/migration}
	 */
	String descriptor() {
		return (this.classpath ? CLASSPATH : FILESYSTEM) + this.path;
	}

	@Override
	public String toString() {
		return descriptor();
	}

}
