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

package io.github.associations.autoconfigure;

import java.io.File;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of Associations for Spring Data JDBC.
 */
@ConfigurationProperties("associations")
public class AssociationsProperties {

	private final EmbeddedPostgres embeddedPostgres = new EmbeddedPostgres();

	private final Migrations migrations = new Migrations();

	private final ReadReplicaConnection readReplica = new ReadReplicaConnection();

	public EmbeddedPostgres getEmbeddedPostgres() {
		return this.embeddedPostgres;
	}

	public Migrations getMigrations() {
		return this.migrations;
	}

	public ReadReplicaConnection getReadReplica() {
		return this.readReplica;
	}

	/**
	 * Flyway migrations generated from the model definitions.
	 */
	public static class Migrations {

		/**
		 * What to do with migrations at startup: validate that the committed migrations
		 * cover the models, write a new migration and apply it (development only), or
		 * nothing.
		 */
		private MigrationMode mode = MigrationMode.VALIDATE;

		/**
		 * Flyway location of the generated migrations and their snapshot. Added to
		 * spring.flyway.locations unless those already cover it.
		 */
		private String location = "classpath:db/migration";

		/**
		 * Whether a new migration may drop tables, columns or constraints, narrow a type,
		 * make a column NOT NULL or change a referential action.
		 */
		private boolean allowDestructiveChanges;

		/**
		 * Directory that write mode writes new migrations to, instead of the source
		 * directory found from where the application's classes were loaded.
		 */
		private @Nullable File sourceDirectory;

		public MigrationMode getMode() {
			return this.mode;
		}

		public void setMode(MigrationMode mode) {
			this.mode = mode;
		}

		public String getLocation() {
			return this.location;
		}

		public void setLocation(String location) {
			this.location = location;
		}

		public boolean isAllowDestructiveChanges() {
			return this.allowDestructiveChanges;
		}

		public void setAllowDestructiveChanges(boolean allowDestructiveChanges) {
			this.allowDestructiveChanges = allowDestructiveChanges;
		}

		public @Nullable File getSourceDirectory() {
			return this.sourceDirectory;
		}

		public void setSourceDirectory(@Nullable File sourceDirectory) {
			this.sourceDirectory = sourceDirectory;
		}

	}

	/**
	 * Embedded PostgreSQL server for development and demos.
	 */
	public static class EmbeddedPostgres {

		/**
		 * Whether to start an embedded PostgreSQL server from the binaries on the
		 * classpath and connect the application to it. Ignored when spring.datasource.url
		 * is set or the application defines its own DataSource.
		 */
		private boolean enabled;

		/**
		 * Directory that keeps the server's data across restarts and crashes, with fsync
		 * and synchronous commits on. When not set, the data lives in a temporary
		 * directory that is deleted when the application stops, and the server does not
		 * sync.
		 */
		private @Nullable File dataDirectory;

		/**
		 * Port the server listens on. When 0, a free port is chosen.
		 */
		private int port;

		/**
		 * How long to wait for the server to accept connections.
		 */
		private Duration startupTimeout = Duration.ofSeconds(60);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable File getDataDirectory() {
			return this.dataDirectory;
		}

		public void setDataDirectory(@Nullable File dataDirectory) {
			this.dataDirectory = dataDirectory;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public Duration getStartupTimeout() {
			return this.startupTimeout;
		}

		public void setStartupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
		}

	}

	/**
	 * Read replica that the application's read-only work goes to.
	 */
	public static class ReadReplicaConnection {

		/**
		 * JDBC URL of the read replica. When set, read-only transactions and the
		 * repositories' reads outside a transaction use the replica, and everything else
		 * the primary. Its pool is configured under associations.read-replica.hikari.
		 */
		private @Nullable String url;

		/**
		 * Login username of the read replica. When not set, the primary's.
		 */
		private @Nullable String username;

		/**
		 * Login password of the read replica. When not set, the primary's.
		 */
		private @Nullable String password;

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

	}

}
