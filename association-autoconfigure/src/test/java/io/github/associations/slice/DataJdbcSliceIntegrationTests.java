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

package io.github.associations.slice;

import io.github.associations.repository.BelongsToRepository;
import io.github.associations.repository.HasOneRepository;
import io.github.associations.slice.LibraryModels.Author;
import io.github.associations.slice.LibraryModels.Biography;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJdbcTest} with the test support has the application's models, their
 * migrations and the association repositories, as it has Spring Data's repositories.
 */
@DataJdbcTest(properties = { SliceTestApplication.MIGRATIONS, SliceTestApplication.LOCATION })
@AutoConfigureEmbeddedPostgres
class DataJdbcSliceIntegrationTests {

	@Autowired
	private HasOneRepository<Author, Biography> biographies;

	@Autowired
	private BelongsToRepository<Biography, Author> authors;

	@Autowired
	private JdbcAggregateOperations aggregates;

	@Test
	void theAssociationRepositoriesWorkOnTheMigratedSchema() {
		Author author = this.aggregates.insert(new Author(null, "Ada"));
		Biography biography = this.biographies.create(author, new Biography(null, "A life in numbers"));
		assertThat(this.biographies.get(author)).contains(biography);
		assertThat(this.authors.get(biography)).contains(author);
	}

}
