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

package io.github.associations.demo;

import org.springframework.boot.SpringApplication;

/**
 * Runs the demo service while developing, with an embedded PostgreSQL server: it is on
 * the test classpath, with the server's binaries, so that neither reaches the packaged
 * jar. Started by {@code mvn -pl demo-service -am spring-boot:test-run}.
 */
public final class TestDemoServiceApplication {

	/**
	 * The profile that enables the embedded server, in
	 * {@code src/test/resources/application-development.yml}.
	 */
	static final String DEVELOPMENT = "development";

	private TestDemoServiceApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(DemoServiceApplication::main).withAdditionalProfiles(DEVELOPMENT).run(args);
	}

}
