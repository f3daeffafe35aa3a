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
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How to start an {@link EmbeddedPostgresServer}.
 *
 * @param dataDirectory directory that keeps the data across restarts, or {@code null} for
 * a temporary directory that is deleted when the server stops
 * @param port port to listen on, or {@code 0} for a free port
 * @param startupTimeout how long to wait for the server to accept connections
 */
public record EmbeddedPostgresSettings(@Nullable Path dataDirectory, int port, Duration startupTimeout) {

	/**
	 * Validate the settings.
	 */
	public EmbeddedPostgresSettings {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535, but was " + port);
		}
		if (startupTimeout.isNegative() || startupTimeout.isZero()) {
			throw new IllegalArgumentException("startupTimeout must be positive, but was " + startupTimeout);
		}
	}

}
