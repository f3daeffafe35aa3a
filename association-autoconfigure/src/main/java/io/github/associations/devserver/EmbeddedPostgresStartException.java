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

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an {@link EmbeddedPostgresServer} does not start.
 */
public class EmbeddedPostgresStartException extends RuntimeException {

	private final EmbeddedPostgresSettings settings;

	private final @Nullable Long runningServerPid;

	private final @Nullable Path serverLog;

	EmbeddedPostgresStartException(EmbeddedPostgresSettings settings, Throwable cause, @Nullable Path serverLog) {
		super("Embedded PostgreSQL did not start: " + cause.getMessage(), cause);
		this.settings = settings;
		this.runningServerPid = null;
		this.serverLog = serverLog;
	}

	EmbeddedPostgresStartException(EmbeddedPostgresSettings settings, long runningServerPid) {
		super("A PostgreSQL server (pid " + runningServerPid + ") is still running on the data directory "
				+ settings.dataDirectory() + ", left by a process that did not stop it");
		this.settings = settings;
		this.runningServerPid = runningServerPid;
		this.serverLog = null;
	}

	/**
	 * Return the settings the server was started with.
	 * @return the settings
	 */
	public EmbeddedPostgresSettings getSettings() {
		return this.settings;
	}

	/**
	 * Return the process id of a server found running on the data directory, which kept
	 * this one from starting.
	 * @return the process id, or {@code null} when the start failed otherwise
	 */
	public @Nullable Long getRunningServerPid() {
		return this.runningServerPid;
	}

	/**
	 * Return the file that holds the output of {@code initdb} and of the server.
	 * @return the log file, or {@code null} when none was written
	 */
	public @Nullable Path getServerLog() {
		return this.serverLog;
	}

}
