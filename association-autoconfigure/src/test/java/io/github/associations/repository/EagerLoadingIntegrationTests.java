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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Document;
import io.github.associations.repository.RepositoryTestApplication.Issuer;
import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.github.associations.repository.RepositoryTestApplication.Wallet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Eager loading: sources with their targets in one query.
 */
class EagerLoadingIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	@As("passport")
	private HasOneRepository<User, Passport> passports;

	@Autowired
	private StatementLog log;

	private User alice;

	private User bob;

	private User carol;

	private Profile aliceProfile;

	private Passport bobPassport;

	@BeforeEach
	void createUsers() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.bob = this.aggregates.insert(new User(null, "bob"));
		this.carol = this.aggregates.insert(new User(null, "carol"));
		this.aliceProfile = this.profiles.create(this.alice, new Profile(null, "alice's"));
		this.bobPassport = this.passports.create(this.bob, new Passport(null, "B1", new Issuer("NL", "Amsterdam")));
		this.log.clear();
	}

	@Test
	void loadsEverySourceWithItsTargetsInOneQuery() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("profile")
			.include("passport")
			.sort(Sort.by("username"))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT");
		assertThat(users).extracting(Loaded::entity).containsExactly(this.alice, this.bob, this.carol);
		assertThat(users.get(0).get("profile", Profile.class)).contains(this.aliceProfile);
		assertThat(users.get(0).get("passport", Passport.class)).isEmpty();
		assertThat(users.get(1).get("profile", Profile.class)).isEmpty();
		assertThat(users.get(1).get("passport", Passport.class)).contains(this.bobPassport);
		assertThat(users.get(2).get("profile", Profile.class)).isEmpty();
	}

	@Test
	void repositoriesNameTheIncludedAssociationsAndTypeTheirTargets() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include(this.profiles)
			.include(this.passports, Include.required())
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT");
		assertThat(users).extracting(Loaded::entity).containsExactly(this.bob);
		Optional<Passport> passport = users.get(0).get(this.passports);
		Optional<Profile> profile = users.get(0).get(this.profiles);
		assertThat(passport).contains(this.bobPassport);
		assertThat(profile).isEmpty();
		assertThat(users.get(0).loaded(this.passports)).map(Loaded::entity).contains(this.bobPassport);
	}

	@Test
	void aRepositoryOfAnAssociationTheQueryDidNotIncludeIsRefused() {
		Loaded<User> alice = this.associations.load(User.class)
			.include(this.profiles)
			.byId(this.alice.id())
			.orElseThrow();
		assertThat(alice.get(this.profiles)).contains(this.aliceProfile);
		assertThatIllegalArgumentException().isThrownBy(() -> alice.get(this.passports))
			.withMessage("User.passport was not included; include it in the query: [profile]");
	}

	@Test
	void aQueryRunAgainReadsTheRowsOfItsOwnIdsAndValues() {
		EagerQuery<User> byIds = this.associations.load(User.class).include("profile");
		assertThat(byIds.byIds(List.of(this.alice.id()))).extracting(Loaded::entity).containsExactly(this.alice);
		assertThat(byIds.byIds(List.of(this.bob.id(), this.carol.id()))).extracting(Loaded::entity)
			.containsExactlyInAnyOrder(this.bob, this.carol);
		EagerQuery<User> named = this.associations.load(User.class).include("profile");
		assertThat(named.where(Criteria.where("username").is("alice")).all()).extracting(Loaded::entity)
			.containsExactly(this.alice);
		assertThat(named.where(Criteria.where("username").is("carol")).all()).extracting(Loaded::entity)
			.containsExactly(this.carol);
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT", "SELECT", "SELECT");
	}

	@Test
	void aSelectWithCriteriaIsBuiltOnceAndServesEveryValueOfItsShape() {
		EagerLoader loader = this.associations.loader();
		EagerQuery<User> users = this.associations.load(User.class).include("profile");
		assertThat(users.where(Criteria.where("username").is("alice")).all()).extracting(Loaded::entity)
			.containsExactly(this.alice);
		int built = loader.selectsBuilt();
		assertThat(users.where(Criteria.where("username").is("carol")).all()).extracting(Loaded::entity)
			.containsExactly(this.carol);
		assertThat(users.where(Criteria.where("username").is("dave")).all()).isEmpty();
		assertThat(loader.selectsBuilt()).isEqualTo(built);
		Criteria between = Criteria.where("username").greaterThanOrEquals("alice").and("username").lessThan("bob");
		assertThat(users.where(between.or("username").is("carol")).sort(Sort.by("username")).all())
			.extracting(Loaded::entity)
			.containsExactly(this.alice, this.carol);
		built = loader.selectsBuilt();
		between = Criteria.where("username").greaterThanOrEquals("bob").and("username").lessThan("carol");
		assertThat(users.where(between.or("username").is("alice")).sort(Sort.by("username")).all())
			.extracting(Loaded::entity)
			.containsExactly(this.alice, this.bob);
		assertThat(loader.selectsBuilt()).isEqualTo(built);
	}

	@Test
	void aSelectWithCriteriaOnAnIncludeServesEveryValueOfItsShape() {
		EagerLoader loader = this.associations.loader();
		Integer built = null;
		for (String bio : List.of("alice's", "bob's", "alice's")) {
			List<Loaded<User>> users = this.associations.load(User.class)
				.include("profile", Include.required().where(Criteria.where("bio").is(bio)))
				.all();
			assertThat(users).extracting(Loaded::entity)
				.containsExactlyElementsOf(bio.equals("alice's") ? List.of(this.alice) : List.of());
			built = (built != null) ? built : loader.selectsBuilt();
		}
		assertThat(loader.selectsBuilt()).isEqualTo(built);
	}

	@Test
	void aSelectWithCriteriaOfOtherShapesIsBuiltForThem() {
		EagerLoader loader = this.associations.loader();
		EagerQuery<User> users = this.associations.load(User.class);
		int built = loader.selectsBuilt();
		assertThat(users.where(Criteria.where("username").in("alice", "carol")).sort(Sort.by("username")).all())
			.extracting(Loaded::entity)
			.containsExactly(this.alice, this.carol);
		assertThat(users.where(Criteria.where("username").in("bob")).all()).extracting(Loaded::entity)
			.containsExactly(this.bob);
		assertThat(loader.selectsBuilt()).as("criteria with a collection are rendered for every call")
			.isEqualTo(built + 2);
	}

	@Test
	void aSourceWithSeveralTargetsOfAToOneIncludeIsRefused(@Autowired PlatformTransactionManager transactions) {
		// Two tickets of one user, in a transaction rolled back with its dropped
		// constraint
		new TransactionTemplate(transactions).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql("ALTER TABLE tickets DROP CONSTRAINT uq_tickets_user_id").update();
			this.jdbc.sql("INSERT INTO tickets (code, user_id) VALUES ('t1', ?), ('t2', ?)")
				.params(this.alice.id(), this.alice.id())
				.update();
			assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
				.isThrownBy(() -> this.associations.load(User.class).include("ticket").all())
				.withMessage("User " + this.alice.id() + " has several targets of an included association");
		});
	}

	@Test
	void everyEntityReadIsPublishedToTheListenersAndCallbacksOfItsType(@Autowired RelationalEvents events,
			@Autowired ProfileConversions profileConversions, @Autowired RelationalCallbacks callbacks) {
		events.clear();
		profileConversions.clear();
		callbacks.clear();
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("profile")
			.sort(Sort.by("username"))
			.all();
		assertThat(users).hasSize(3);
		assertThat(events.names(this.alice)).containsExactly("AfterConvertEvent", "AfterConvertEvent",
				"AfterConvertEvent");
		assertThat(events.names(this.aliceProfile)).containsExactly("AfterConvertEvent");
		assertThat(callbacks.names(this.alice)).containsExactly("AfterConvertCallback", "AfterConvertCallback",
				"AfterConvertCallback");
		assertThat(callbacks.names(this.aliceProfile)).containsExactly("AfterConvertCallback");
		assertThat(profileConversions.profiles()).containsExactly(this.aliceProfile);
	}

	@Test
	void embeddedValuesAreReadThroughSpringDatasConverter() {
		Loaded<User> bob = this.associations.load(User.class).include("passport").byId(this.bob.id()).orElseThrow();
		assertThat(bob.get("passport", Passport.class)).map(Passport::issuer).contains(new Issuer("NL", "Amsterdam"));
	}

	@Test
	void aRequiredIncludeLoadsOnlySourcesWithATarget() {
		assertThat(this.associations.load(User.class).include("passport", Include.required()).all())
			.extracting(Loaded::entity)
			.containsExactly(this.bob);
	}

	@Test
	void aTargetFilterIsPartOfTheJoinCondition() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("profile", Include.optional().where(Criteria.where("bio").is("someone else's")))
			.sort(Sort.by("username"))
			.all();
		assertThat(users).extracting(Loaded::entity).containsExactly(this.alice, this.bob, this.carol);
		assertThat(users.get(0).get("profile", Profile.class)).isEmpty();
	}

	@Test
	void sourcesAreFilteredSortedAndLimitedWithSpringDataCriteria() {
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("profile")
			.where(Criteria.where("username").in("alice", "bob"))
			.sort(Sort.by("username").descending())
			.limit(1)
			.all();
		assertThat(users).extracting(Loaded::entity).containsExactly(this.bob);
		assertThat(this.associations.load(User.class)
			.matching(Query.query(Criteria.where("username").is("alice")).limit(5))
			.all()).extracting(Loaded::entity).containsExactly(this.alice);
	}

	@Test
	void everyPageIsLoadedWithTheSameStatementItsLimitAndOffsetBound() {
		List<List<Object>> pages = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			pages.add(this.associations.load(User.class)
				.include("profile")
				.matching(Query.empty().with(PageRequest.of(page, 1, Sort.by("username"))))
				.all()
				.stream()
				.map(Loaded::entity)
				.map(Object.class::cast)
				.toList());
		}
		assertThat(pages).containsExactly(List.of(this.alice), List.of(this.bob), List.of(this.carol));
		assertThat(this.log.roundTrips()).hasSize(3).containsOnly(this.log.roundTrips().get(0));
		assertThat(this.log.roundTrips().get(0)).endsWith("LIMIT ? OFFSET ?");
	}

	@Test
	void sourcesAreLoadedByIds() {
		assertThat(this.associations.load(User.class).include("profile").byIds(List.of(this.alice.id(), 999L)))
			.singleElement()
			.satisfies((alice) -> assertThat(alice.get("profile", Profile.class)).contains(this.aliceProfile));
	}

	@Test
	void oneNestedLevelIsLoadedInTheSameQuery() {
		Profile bobProfile = this.profiles.create(this.bob, new Profile(null, "bob's"));
		this.log.clear();
		List<Loaded<Profile>> loaded = this.associations.load(Profile.class)
			.include("user", Include.required().include("passport"))
			.sort(Sort.by("bio"))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT");
		assertThat(loaded).extracting(Loaded::entity).containsExactly(this.aliceProfile, bobProfile);
		Loaded<User> bob = loaded.get(1).loaded("user", User.class).orElseThrow();
		assertThat(bob.entity()).isEqualTo(this.bob);
		assertThat(bob.get("passport", Passport.class)).contains(this.bobPassport);
		assertThat(loaded.get(0).loaded("user", User.class).orElseThrow().get("passport", Passport.class)).isEmpty();
	}

	@Test
	void severalAssociationsOfOneSourceAreLoadedAtOnce() {
		Card card = this.aggregates.insert(new Card(null, "gold", null));
		this.associations.belongsTo(Card.class, User.class).set(card, this.carol);
		Loaded<User> carol = this.associations.load(User.class)
			.include("profile")
			.include("passport")
			.include("card")
			.byId(this.carol.id())
			.orElseThrow();
		assertThat(carol.get("card", Card.class)).map(Card::label).contains("gold");
	}

	@Test
	void aTargetsForeignKeyIsSelectedOnlyWhereItsEntityMapsIt() {
		Card card = this.aggregates.insert(new Card(null, "gold", null));
		this.associations.belongsTo(Card.class, User.class).set(card, this.alice);
		this.log.clear();
		Loaded<User> alice = this.associations.load(User.class)
			.include("profile")
			.include("card")
			.byId(this.alice.id())
			.orElseThrow();
		assertThat(alice.get("profile", Profile.class)).contains(this.aliceProfile);
		assertThat(alice.get("card", Card.class)).map(Card::owner).contains(AggregateReference.to(this.alice.id()));
		assertThat(this.log.roundTrips()).singleElement()
			.as("Profile, read directly, does not map profiles.user_id; Card, read by the converter (its AggregateReference), selects every column")
			.satisfies((select) -> assertThat(select).doesNotContain("\"t1\".\"user_id\" AS")
				.contains("\"t1\".\"bio\" AS", "\"t2\".\"owner_id\" AS"));
	}

	@Test
	void namesAsLongAsPostgreSqlAllowsStillLoad() {
		Document document = this.associations.hasOne(User.class, Document.class)
			.create(this.alice, new Document(null, "long"));
		assertThat(this.associations.load(User.class).include("document").byId(this.alice.id()))
			.hasValueSatisfying((alice) -> assertThat(alice.get("document", Document.class)).contains(document));
	}

	@Test
	void uuidIdsLoad() {
		Account account = this.aggregates.insert(new Account(null, "main"));
		Wallet wallet = this.associations.hasOne(Account.class, Wallet.class)
			.create(account, new Wallet(null, "EUR", null));
		assertThat(this.associations.load(Account.class).include("wallet").byId(account.id()))
			.hasValueSatisfying((loaded) -> assertThat(loaded.get("wallet", Wallet.class)).contains(wallet));
	}

	@Test
	void anAssociationThatWasNotIncludedIsAnError() {
		Loaded<User> alice = this.associations.load(User.class).byId(this.alice.id()).orElseThrow();
		assertThatIllegalArgumentException().isThrownBy(() -> alice.get("profile", Profile.class))
			.withMessage("User.profile was not included; include it in the query: []");
		assertThatIllegalArgumentException().isThrownBy(() -> this.associations.load(User.class).include("friend"))
			.withMessageStartingWith("User has no association named 'friend'; its associations are ");
	}

}
