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

package io.github.associations.demo.domain;

import io.github.associations.repository.HasOneRepository;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of the domain alone, in Spring Boot's {@code @DataJdbcTest} slice: no web layer,
 * but the models of {@link Models}, their committed migrations, Spring Data's
 * repositories and the association repositories, on a fresh embedded PostgreSQL database.
 */
@DataJdbcTest
@AutoConfigureEmbeddedPostgres
class DomainSliceIntegrationTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Test
	void aUserGetsTheProfileCreatedForIt() {
		User ada = this.users.save(new User(null, "ada"));
		Profile profile = this.profiles.create(ada, new Profile(null, "Counts everything", null));
		assertThat(profile.userId()).isEqualTo(ada.id());
		assertThat(this.profiles.get(ada)).contains(profile);
	}

}
