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

import io.github.associations.devserver.EmbeddedPostgresServer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * {@link JdbcConnectionDetails} of the {@code postgres} database of an
 * {@link EmbeddedPostgresServer}.
 */
final class EmbeddedPostgresConnectionDetails implements JdbcConnectionDetails {

	private static final String DATABASE = "postgres";

	private final EmbeddedPostgresServer server;

	EmbeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		this.server = server;
	}

	@Override
	public String getUsername() {
		return this.server.username();
	}

	@Override
	public @Nullable String getPassword() {
		return null;
	}

	@Override
	public String getJdbcUrl() {
		return this.server.jdbcUrl(DATABASE);
	}

}
