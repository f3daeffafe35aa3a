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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether Flyway's configured locations already hold the location of the generated
 * migrations, so that it is not added twice.
 */
class FlywayLocationCoverageTests {

	@Test
	void aLocationCoversItselfAndTheLocationsBelowIt() {
		assertThat(AssociationMigrationsAutoConfiguration.covers("classpath:db/migration", "classpath:db/migration"))
			.isTrue();
		assertThat(AssociationMigrationsAutoConfiguration.covers("classpath:db", "classpath:db/migration")).isTrue();
		assertThat(AssociationMigrationsAutoConfiguration.covers("classpath:db/", "classpath:db/migration/")).isTrue();
		assertThat(AssociationMigrationsAutoConfiguration.covers("filesystem:/srv/app", "filesystem:/srv/app/db"))
			.isTrue();
	}

	@Test
	void aLocationDoesNotCoverItsParentASiblingOrAnotherPrefix() {
		assertThat(AssociationMigrationsAutoConfiguration.covers("classpath:db/migration", "classpath:db")).isFalse();
		assertThat(AssociationMigrationsAutoConfiguration.covers("classpath:db/mig", "classpath:db/migration"))
			.isFalse();
		assertThat(AssociationMigrationsAutoConfiguration.covers("filesystem:db/migration", "classpath:db/migration"))
			.isFalse();
	}

}
