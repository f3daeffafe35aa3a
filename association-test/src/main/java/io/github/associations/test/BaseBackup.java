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

package io.github.associations.test;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A copy of a running PostgreSQL server's data directory, taken with the low-level backup
 * API ({@code pg_backup_start} and {@code pg_backup_stop}) as a standby is made without
 * {@code pg_basebackup}. The files a server rebuilds at startup, and the WAL that a
 * standby streams from its replication slot instead, are left out; the backup label is
 * written into the copy.
 */
final class BaseBackup {

	/**
	 * Directories copied empty: write-ahead log, replication slots and the server's
	 * transient state, which the server rebuilds.
	 */
	private static final Set<String> DIRECTORIES_LEFT_EMPTY = Set.of("pg_wal", "pg_replslot", "pg_dynshmem",
			"pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	/**
	 * Files of the running server, and the lock file of the embedded server's directory.
	 */
	private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
			"epg-lock");

	private static final String TEMPORARY_FILES = "pgsql_tmp";

	private BaseBackup() {
	}

	/**
	 * Copy the data directory of the server that the connection is open on.
	 * @param connection a superuser's connection to the server, in auto-commit mode
	 * @param target an empty directory to copy into
	 * @throws SQLException if the server refuses the backup
	 * @throws IOException if the copy fails
	 */
	static void copy(Connection connection, Path target) throws SQLException, IOException {
		Path source = Path.of(queryText(connection, "SHOW data_directory"));
		execute(connection, "SELECT pg_backup_start('association-test standby', true)");
		boolean stopped = false;
		try {
			copyFiles(source, target);
			String label = queryText(connection, "SELECT labelfile FROM pg_backup_stop(false)");
			stopped = true;
			Files.writeString(target.resolve("backup_label"), label);
		}
		finally {
			if (!stopped) {
				execute(connection, "SELECT pg_backup_stop(false)");
			}
		}
	}

	private static void copyFiles(Path source, Path target) throws IOException {
		Files.walkFileTree(source, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
					throws IOException {
				Path relative = source.relativize(directory);
				if (directory.getFileName().toString().startsWith(TEMPORARY_FILES) || (relative.getNameCount() > 1
						&& DIRECTORIES_LEFT_EMPTY.contains(relative.getName(0).toString()))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Path copy = target.resolve(relative.toString());
				if (!Files.isDirectory(copy)) {
					Files.copy(directory, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Path relative = source.relativize(file);
				if (!FILES_LEFT_OUT.contains(file.getFileName().toString())
						&& !DIRECTORIES_LEFT_EMPTY.contains(relative.getName(0).toString())) {
					copyUnlessRemoved(file, target.resolve(relative.toString()));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
	}

	/**
	 * Copy a file that the running server may remove meanwhile: replaying the WAL from
	 * the backup's start makes up for it.
	 */
	private static void copyUnlessRemoved(Path file, Path copy) throws IOException {
		try {
			Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
		}
		catch (NoSuchFileException ex) {
			// removed since it was listed
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String queryText(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
