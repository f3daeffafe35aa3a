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

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What a migration location holds: the snapshot, if any, and every SQL file, the user's
 * own beside the generated ones.
 *
 * @param snapshot the snapshot file's bytes, or {@code null} when there is none
 * @param files the SQL files by name
 */
record LocationContents(byte @Nullable [] snapshot, Map<String, byte[]> files) {

	LocationContents {
		files = new TreeMap<>(files);
	}

	/**
	 * Return the contents of an empty location.
	 * @return the empty contents
	 */
	static LocationContents empty() {
		return new LocationContents(null, Map.of());
	}

}
