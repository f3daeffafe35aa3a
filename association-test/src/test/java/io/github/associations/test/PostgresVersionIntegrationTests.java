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

import io.github.associations.test.sample.SampleApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run on the PostgreSQL version the build chose: the build runs the integration
 * tests once per supported version and names the version it expects.
 */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureEmbeddedPostgres
class PostgresVersionIntegrationTests {

	private static final int OLDEST_SUPPORTED_MAJOR_VERSION = 15;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theServerIsTheVersionTheBuildAskedFor() {
		int majorVersion = this.jdbc.sql("SELECT current_setting('server_version_num')::int / 10000")
			.query(Integer.class)
			.single();
		String expected = System.getProperty("associations.test.expected-postgres-version");
		if (expected != null) {
			assertThat(majorVersion).isEqualTo(Integer.parseInt(expected.substring(0, expected.indexOf('.'))));
		}
		assertThat(majorVersion).isGreaterThanOrEqualTo(OLDEST_SUPPORTED_MAJOR_VERSION);
	}

}
