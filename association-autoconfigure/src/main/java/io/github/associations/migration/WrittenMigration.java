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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A migration as {@link MigrationWriter} wrote it into its directories, with what it
 * replaced there, so that {@link Migrations#withdraw} can take it back.
 */
public final class WrittenMigration {

	private final List<Path> files;

	private final List<Path> created;

	private final List<Path> snapshots;

	private final Map<Path, byte[]> previousSnapshots;

	WrittenMigration(List<Path> files, List<Path> created, List<Path> snapshots, Map<Path, byte[]> previousSnapshots) {
		this.files = List.copyOf(files);
		this.created = List.copyOf(created);
		this.snapshots = List.copyOf(snapshots);
		this.previousSnapshots = Map.copyOf(previousSnapshots);
	}

	/**
	 * Return the migration file in each directory.
	 * @return the files
	 */
	public List<Path> files() {
		return this.files;
	}

	/**
	 * Return the files of {@link #files()} that the write created, rather than found with
	 * the same content.
	 * @return the created files
	 */
	public List<Path> created() {
		return this.created;
	}

	List<Path> snapshots() {
		return this.snapshots;
	}

	/**
	 * Return the content a snapshot had before the write, or {@code null} when it did not
	 * exist.
	 */
	byte @Nullable [] previousSnapshot(Path snapshot) {
		return this.previousSnapshots.get(snapshot);
	}

}
