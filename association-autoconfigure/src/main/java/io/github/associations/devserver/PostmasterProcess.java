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

package io.github.associations.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server process that runs on a data directory, as its
 * {@code postmaster.pid} file names it.
 */
final class PostmasterProcess {

	private static final String PID_FILE = "postmaster.pid";

	private PostmasterProcess() {
	}

	/**
	 * Return the server process running on a data directory, if one is: the pid file
	 * names a process that is alive and is a PostgreSQL server. A pid file left by a
	 * server that died does not count.
	 * @param dataDirectory the data directory
	 * @return the running server's process
	 */
	static Optional<ProcessHandle> running(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve(PID_FILE);
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty()) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PostmasterProcess::isPostgres);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		// Where the command is not known, trust the pid file
		return process.info().command().map((command) -> command.contains("postgres")).orElse(true);
	}

}
