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
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A small shell process that stops a PostgreSQL server when the JVM that started it is
 * gone, also when that JVM was killed and could not stop the server itself, and then
 * deletes the server's temporary data directory and its log. Without it, a server started
 * by a JVM killed with {@code kill -9} would keep running, and keep its data directory
 * locked.
 */
final class Watchdog {

	private static final Log logger = LogFactory.getLog(Watchdog.class);

	private static final Path SHELL = Path.of("/bin/sh");

	private Watchdog() {
	}

	/**
	 * Start a watchdog for a server, where a POSIX shell is available.
	 * @param server the server's process
	 * @param temporaryDirectory the data directory to delete after the server stopped, or
	 * {@code null} to keep it
	 * @param log the server's log file, deleted with it
	 * @return the watchdog's process, to destroy when the server is stopped normally, or
	 * {@code null} without a shell
	 */
	static @Nullable Process start(ProcessHandle server, @Nullable Path temporaryDirectory, Path log) {
		if (!Files.isExecutable(SHELL)) {
			logger.warn(
					"No watchdog stops the embedded PostgreSQL server if this JVM is killed: " + SHELL + " is missing");
			return null;
		}
		long jvm = ProcessHandle.current().pid();
		long postmaster = server.pid();
		// Ignores the terminal's signals, which reach the whole process group of the JVM;
		// waits while both the JVM and the server live; SIGINT is PostgreSQL's fast
		// shutdown, which rolls back open transactions and writes a checkpoint
		String script = "trap '' INT HUP; while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null; do "
				+ "sleep 1; done; kill -0 \"$1\" 2>/dev/null && exit 0; kill -INT \"$2\" 2>/dev/null; "
				+ "while kill -0 \"$2\" 2>/dev/null; do sleep 1; done; [ -n \"$3\" ] && rm -rf \"$3\"; rm -f \"$4\"; "
				+ "exit 0";
		try {
			return new ProcessBuilder(SHELL.toString(), "-c", script, "watchdog", Long.toString(jvm),
					Long.toString(postmaster), (temporaryDirectory != null) ? temporaryDirectory.toString() : "",
					log.toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			logger.warn("No watchdog stops the embedded PostgreSQL server if this JVM is killed: " + ex.getMessage());
			return null;
		}
	}

}
