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

package io.github.associations.repository;

import java.util.List;

import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.micrometer.observation.tck.ObservationContextAssert;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.relational.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Observations of the repositories' operations and eager loads, as an observation
 * registry's handlers see them.
 */
@Import(ObservationIntegrationTests.Observed.class)
class ObservationIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private TestObservationRegistry observations;

	@Autowired
	private Associations associations;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private BelongsToRepository<Card, User> owners;

	@Autowired
	private HasManyRepository<User, Post> posts;

	private User alice;

	@BeforeEach
	void createAliceAndForgetObservations() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.observations.clear();
	}

	@Test
	void hasOneSetIsObservedWithTheAssociationTheOperationAndTheRows() {
		this.profiles.set(this.alice, new Profile(null, "hi"));
		observed("User.profile", "set").hasHighCardinalityKeyValue("rows", "1")
			.doesNotHaveError()
			.hasContextualNameEqualTo("User.profile set");
	}

	@Test
	void aFailedSetIsObservedWithItsError() {
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.profiles.set(this.alice, new Profile(999L, "ghost")));
		observed("User.profile", "set").hasError()
			.assertThatError()
			.isInstanceOf(MissingEntityException.class)
			.hasMessage("User.profile: Profile 999 does not exist");
		observed("User.profile", "set").doesNotHaveHighCardinalityKeyValueWithKey("rows");
	}

	@Test
	void getCountsTheTargetItReturns() {
		this.profiles.get(this.alice);
		observed("User.profile", "get").hasHighCardinalityKeyValue("rows", "0").doesNotHaveError();
	}

	@Test
	void aGetOfAnUnsavedSourceIsObservedWithItsError() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.profiles.get(new User(null, "new")));
		observed("User.profile", "get").hasError()
			.assertThatError()
			.isInstanceOf(InvalidDataAccessApiUsageException.class);
	}

	@Test
	void getAllCountsTheTargetsItReturns() {
		User bob = this.aggregates.insert(new User(null, "bob"));
		this.profiles.create(this.alice, new Profile(null, "a"));
		this.profiles.create(bob, new Profile(null, "b"));
		this.observations.clear();
		this.profiles.getAll(List.of(this.alice, bob));
		observed("User.profile", "getAll").hasHighCardinalityKeyValue("rows", "2");
	}

	@Test
	void createAndSaveAreObservedUnderTheirOwnNames() {
		this.profiles.create(this.alice, new Profile(null, "created"));
		observed("User.profile", "create").hasHighCardinalityKeyValue("rows", "1");
		this.observations.clear();
		this.profiles.save(new User(null, "bob"), new Profile(null, "saved"));
		observed("User.profile", "save").hasHighCardinalityKeyValue("rows", "2");
	}

	@Test
	void failuresOfGetAllCreateAndSaveAreObservedWithTheirErrors() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.profiles.getAll(List.of(new User(null, "new"))));
		observed("User.profile", "getAll").hasError();
		this.observations.clear();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.profiles.create(this.alice, new Profile(999L, "saved")));
		observed("User.profile", "create").hasError();
		this.observations.clear();
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.profiles.save(new User(null, "bob"), new Profile(999L, "ghost")));
		observed("User.profile", "save").hasError().assertThatError().isInstanceOf(MissingEntityException.class);
	}

	@Test
	void belongsToOperationsAreObservedWithTheirSourcesName() {
		Card card = this.aggregates.insert(new Card(null, "gold", null));
		this.owners.set(card, this.alice);
		observed("Card.owner", "set").hasHighCardinalityKeyValue("rows", "1").doesNotHaveError();
	}

	@Test
	void aFailedBelongsToSetIsObservedWithItsError() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.owners.set(new Card(null, "new", null), this.alice));
		observed("Card.owner", "set").hasError();
	}

	@Test
	void aLoadIsObservedWithTheAssociationsItIncludes() {
		this.associations.load(User.class).include("profile").include("passport").all();
		observed("User.profile,User.passport", "load").hasHighCardinalityKeyValue("rows", "1").doesNotHaveError();
	}

	@Test
	void aLoadWithoutIncludesIsObservedWithItsSourceType() {
		this.associations.load(User.class).byId(this.alice.id());
		observed("User", "load").hasHighCardinalityKeyValue("rows", "1");
	}

	@Test
	void aFailedLoadIsObservedWithItsError() {
		EagerQuery<User> query = this.associations.load(User.class)
			.include("passport")
			.where(Criteria.where("nickname").is("al"));
		assertThatException().isThrownBy(query::all);
		observed("User.passport", "load").hasError();
	}

	@Test
	void hasManyOperationsAreObservedWithTheNumberOfTargets() {
		Post first = this.aggregates.insert(new Post(null, null, "first", null));
		Post second = this.aggregates.insert(new Post(null, null, "second", null));
		this.posts.add(this.alice, List.of(first, second));
		observed("User.posts", "add").hasHighCardinalityKeyValue("rows", "2").doesNotHaveError();
		this.observations.clear();
		this.posts.remove(this.alice, first);
		observed("User.posts", "remove").hasHighCardinalityKeyValue("rows", "1");
		this.observations.clear();
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.posts.set(this.alice, List.of(new Post(999L, 0L, "ghost", null))));
		observed("User.posts", "set").hasError().assertThatError().isInstanceOf(MissingEntityException.class);
	}

	@Test
	void aRepositoryCallInsideAnotherIsObservedOnce() {
		this.profiles.create(this.alice, new Profile(null, "created"));
		assertThat(this.observations).hasNumberOfObservationsEqualTo(1);
	}

	private ObservationContextAssert<?> observed(String association, String operation) {
		return assertThat(this.observations).hasSingleObservationThat()
			.hasNameEqualTo("associations.operation")
			.hasLowCardinalityKeyValue("association", association)
			.hasLowCardinalityKeyValue("operation", operation)
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Observed {

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}

	}

}
