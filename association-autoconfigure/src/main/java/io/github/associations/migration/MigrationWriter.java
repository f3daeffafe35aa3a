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
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a planned migration and the snapshot after it into directories. A migration file
 * is created atomically and never replaced: an identical existing file counts as written,
 * a different one is an error. The snapshot is replaced atomically. Nothing is written
 * outside the given directories.
 */
final class MigrationWriter {

	private static final Pattern FILE_NAME = Pattern.compile("V[0-9]+__[a-z0-9_]+\\.sql");

	private MigrationWriter() {
	}

	/**
	 * Write a pending migration into every directory.
	 * @param directories the directories, created when missing
	 * @param plan a pending plan
	 * @return the written migration files, with the snapshots they replaced
	 */
	static WrittenMigration write(List<Path> directories, MigrationPlan plan) {
		String fileName = Objects.requireNonNull(plan.fileName(), "plan has no migration");
		if (plan.status() != MigrationPlan.Status.PENDING || !FILE_NAME.matcher(fileName).matches()) {
			throw new IllegalArgumentException(
					"Only a pending migration with a safe file name can be written: " + plan.status() + " " + fileName);
		}
		byte[] content = Objects.requireNonNull(plan.content()).getBytes(StandardCharsets.UTF_8);
		byte[] snapshot = Objects.requireNonNull(plan.snapshot()).getBytes(StandardCharsets.UTF_8);
		List<Path> roots = new ArrayList<>();
		for (Path directory : directories) {
			Path root = directory.toAbsolutePath().normalize();
			if (!root.equals(root.resolve(fileName).normalize().getParent())) {
				throw new IllegalArgumentException(fileName + " would be written outside " + root);
			}
			roots.add(prepare(root, fileName));
		}
		List<Path> written = new ArrayList<>();
		Map<Path, byte[]> previousSnapshots = new LinkedHashMap<>();
		for (Path root : roots) {
			Path target = root.resolve(fileName);
			Path snapshotFile = root.resolve(Snapshot.FILE_NAME);
			try {
				if (createNew(target, content)) {
					written.add(target);
				}
				if (Files.exists(snapshotFile)) {
					previousSnapshots.put(snapshotFile, Files.readAllBytes(snapshotFile));
				}
				replace(snapshotFile, snapshot);
			}
			catch (IOException ex) {
				throw new MigrationsException(fileName + " could not be written to " + root + ": " + ex,
						"Check that " + root + " is a writable directory.", ex);
			}
		}
		List<Path> snapshots = roots.stream().map((root) -> root.resolve(Snapshot.FILE_NAME)).toList();
		return new WrittenMigration(roots.stream().map((root) -> root.resolve(fileName)).toList(), written, snapshots,
				previousSnapshots);
	}

	/**
	 * Take back a migration that was written but could not be applied: delete the files
	 * this write created and put back the snapshots it replaced, so that nothing claims
	 * the migration exists.
	 * @param migration what {@link #write} wrote
	 * @throws MigrationsException when a file cannot be deleted or restored
	 */
	static void withdraw(WrittenMigration migration) {
		try {
			for (Path file : migration.created()) {
				Files.deleteIfExists(file);
			}
			for (Path snapshot : migration.snapshots()) {
				byte[] previous = migration.previousSnapshot(snapshot);
				if (previous != null) {
					replace(snapshot, previous);
				}
				else {
					Files.deleteIfExists(snapshot);
				}
			}
		}
		catch (IOException ex) {
			throw new MigrationsException(
					"The migration " + migration.files() + " could not be applied, nor taken back: " + ex,
					"Delete " + migration.created() + " and restore " + migration.snapshots()
							+ " from version control by hand.",
					ex);
		}
	}

	/**
	 * Create a directory and check that files can be created in it, before any directory
	 * receives a file, so that a directory that cannot be written leaves nothing partial.
	 */
	private static Path prepare(Path root, String fileName) {
		try {
			Files.createDirectories(root);
			Files.deleteIfExists(Files.createTempFile(root, ".associations-", ".tmp"));
			return root;
		}
		catch (IOException ex) {
			throw new MigrationsException(fileName + " could not be written to " + root + ": " + ex,
					"Check that " + root + " is a writable directory.", ex);
		}
	}

	/**
	 * Create a file with content atomically, never replacing one.
	 * @return whether the file was created, rather than found with the same content
	 */
	private static boolean createNew(Path target, byte[] content) throws IOException {
		Path temporary = temporaryFile(target.getParent(), content);
		try {
			try {
				Files.createLink(target, temporary);
			}
			catch (UnsupportedOperationException ex) {
				Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			}
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			if (!Arrays.equals(Files.readAllBytes(target), content)) {
				throw new MigrationsException(
						target + " exists with different content than the migration generated now",
						"Remove or rename one of them: the generator never replaces an existing migration.");
			}
			return false;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void replace(Path target, byte[] content) throws IOException {
		Path temporary = temporaryFile(target.getParent(), content);
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Write content to a new hidden file with the permissions any new file of the process
	 * gets (the umask applies), unlike {@link Files#createTempFile}, which makes files
	 * only their owner can read.
	 */
	private static Path temporaryFile(Path directory, byte[] content) throws IOException {
		Path temporary = directory.resolve(".associations-" + UUID.randomUUID() + ".tmp");
		Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		return temporary;
	}

}
