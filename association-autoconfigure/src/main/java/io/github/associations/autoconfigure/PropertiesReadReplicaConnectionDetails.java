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

import io.github.associations.autoconfigure.AssociationsProperties.ReadReplicaConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.util.Assert;

/**
 * The {@link JdbcConnectionDetails} of a read replica from
 * {@code associations.read-replica}, with the primary's username and password unless its
 * own are set.
 */
final class PropertiesReadReplicaConnectionDetails implements JdbcConnectionDetails {

	private final ReadReplicaConnection properties;

	private final @Nullable JdbcConnectionDetails primary;

	PropertiesReadReplicaConnectionDetails(ReadReplicaConnection properties, @Nullable JdbcConnectionDetails primary) {
		this.properties = properties;
		this.primary = primary;
	}

	@Override
	public String getJdbcUrl() {
		String url = this.properties.getUrl();
		Assert.state(url != null, "associations.read-replica.url is not set");
		return url;
	}

	@Override
	public @Nullable String getUsername() {
		String username = this.properties.getUsername();
		return (username != null || this.primary == null) ? username : this.primary.getUsername();
	}

	@Override
	public @Nullable String getPassword() {
		String password = this.properties.getPassword();
		return (password != null || this.primary == null) ? password : this.primary.getPassword();
	}

}
