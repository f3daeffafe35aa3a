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

/**
 * Starts an embedded server on the data directory of its argument and prints its pid,
 * then waits to be killed: the JVM that a test kills without warning.
 */
final class ServerInAnotherJvm {

	static final String READY = "server pid ";

	private ServerInAnotherJvm() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer
			.start(new EmbeddedPostgresSettings(Path.of(args[0]), 0, Duration.ofSeconds(60)));
		System.out.println(READY + server.pid());
		System.out.flush();
		Thread.currentThread().join();
	}

}
