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

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database of the {@link SharedPostgresServer} that belongs to one application context,
 * exposed as its {@link JdbcConnectionDetails}. Dropped when the context closes.
 */
final class TestDatabase implements JdbcConnectionDetails, DisposableBean {

	private final SharedPostgresServer server;

	private final String name;

	TestDatabase(SharedPostgresServer server, String name) {
		this.server = server;
		this.name = name;
	}

	String getName() {
		return this.name;
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
		return this.server.jdbcUrl(this.name);
	}

	@Override
	public void destroy() {
		this.server.dropDatabase(this.name);
	}

	@Override
	public String toString() {
		return "TestDatabase '" + this.name + "' at " + getJdbcUrl();
	}

}
