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
import java.util.Map;
import java.util.UUID;

import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Member;
import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Team;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.github.associations.repository.RepositoryTestApplication.Wallet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * hasOne repositories, observed in the rows they leave.
 */
class HasOneRepositoryIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	@As("passport")
	private HasOneRepository<User, Passport> passports;

	@Autowired
	private HasOneRepository<User, Card> cards;

	@Autowired
	private HasOneRepository<Account, Wallet> wallets;

	@Autowired
	@As("member")
	private HasOneRepository<Team, Member> members;

	@Autowired
	private Associations associations;

	@Autowired
	private RelationalEvents events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private User alice;

	private User bob;

	@BeforeEach
	void createUsers() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.bob = this.aggregates.insert(new User(null, "bob"));
	}

	@Test
	void getReturnsNothingBeforeALinkAndTheTargetAfterIt() {
		assertThat(this.profiles.get(this.alice)).isEmpty();
		Profile profile = this.profiles.create(this.alice, new Profile(null, "hi"));
		assertThat(this.profiles.get(this.alice)).contains(profile);
		assertThat(this.profiles.get(this.bob)).isEmpty();
	}

	@Test
	void setWithANewTargetInsertsItWithTheForeignKeyAndUnlinksThePreviousOne() {
		Profile first = this.profiles.set(this.alice, new Profile(null, "first"));
		Profile second = this.profiles.set(this.alice, new Profile(null, "second"));
		assertThat(first.id()).isNotNull();
		assertThat(second.id()).isNotNull().isNotEqualTo(first.id());
		assertThat(this.rows.rows("profiles")).extracting((row) -> row.get("bio"), (row) -> row.get("user_id"))
			.containsExactly(tuple("first", null), tuple("second", this.alice.id()));
	}

	@Test
	void setWithAnExistingTargetUpdatesOnlyItsForeignKeyAndUnlinksThePreviousOne() {
		long previous = this.rows.insertProfile("previous", this.alice.id());
		long other = this.rows.insertProfile("other", null);
		Profile linked = this.profiles.set(this.alice, new Profile(other, "changed in memory"));
		assertThat(linked).isEqualTo(new Profile(other, "changed in memory"));
		assertThat(this.rows.rows("profiles"))
			.extracting((row) -> row.get("id"), (row) -> row.get("bio"), (row) -> row.get("user_id"))
			.containsExactly(tuple(previous, "previous", null), tuple(other, "other", this.alice.id()));
	}

	@Test
	void anExistingTargetIsTakenFromTheSourceItWasLinkedWith() {
		long profile = this.rows.insertProfile("moving", this.bob.id());
		this.profiles.set(this.alice, new Profile(profile, "moving"));
		assertThat(this.profiles.get(this.bob)).isEmpty();
		assertThat(this.profiles.get(this.alice)).map(Profile::id).contains(profile);
	}

	@Test
	void settingTheLinkedTargetAgainChangesNothing() {
		Profile profile = this.profiles.create(this.alice, new Profile(null, "same"));
		List<Map<String, Object>> before = this.rows.rows("profiles");
		this.profiles.set(this.alice, profile);
		assertThat(this.rows.rows("profiles")).isEqualTo(before);
	}

	@Test
	void setNullUnlinksTheTargetAndKeepsItsRow() {
		this.profiles.create(this.alice, new Profile(null, "kept"));
		assertThat(this.profiles.set(this.alice, null)).isNull();
		assertThat(this.rows.rows("profiles")).extracting((row) -> row.get("bio"), (row) -> row.get("user_id"))
			.containsExactly(tuple("kept", null));
	}

	@Test
	void aNotNullForeignKeyDeletesTheReplacedTarget() {
		this.passports.create(this.alice, new Passport(null, "X1", null));
		this.passports.set(this.alice, new Passport(null, "X2", null));
		assertThat(this.rows.rows("passports")).extracting((row) -> row.get("number")).containsExactly("X2");
		this.passports.set(this.alice, null);
		assertThat(this.rows.rows("passports")).isEmpty();
	}

	@Test
	void movingANotNullTargetTakesItFromItsHolder() {
		Passport passport = this.passports.create(this.bob, new Passport(null, "B1", null));
		this.passports.create(this.alice, new Passport(null, "A1", null));
		this.passports.set(this.alice, passport);
		assertThat(this.passports.get(this.bob)).isEmpty();
		assertThat(this.passports.get(this.alice)).map(Passport::number).contains("B1");
		assertThat(this.rows.rows("passports")).extracting((row) -> row.get("number")).containsExactly("B1");
	}

	@Test
	void aTargetThatDoesNotExistFailsAndLeavesThePreviousLink() {
		long previous = this.rows.insertProfile("previous", this.alice.id());
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.profiles.set(this.alice, new Profile(999L, "ghost")))
			.withMessage("User.profile: Profile 999 does not exist");
		assertThat(this.profiles.get(this.alice)).map(Profile::id).contains(previous);
	}

	@Test
	void aSourceThatDoesNotExistFailsAndInsertsNothing() {
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.profiles.set(new User(999L, "ghost"), new Profile(null, "orphan")))
			.withMessage("User.profile: User 999 does not exist");
		assertThat(this.rows.rows("profiles")).isEmpty();
	}

	@Test
	void anUnsavedSourceIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.profiles.get(new User(null, "new")))
			.withMessage("User.profile: the User is not saved yet, so it has no id; save it first");
	}

	@Test
	void createNeedsANewTarget() {
		long profile = this.rows.insertProfile("saved", null);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.profiles.create(this.alice, new Profile(profile, "saved")))
			.withMessage("User.profile: create needs a new Profile, but Profile " + profile
					+ " is saved already; use set to link it");
	}

	@Test
	void getAllLoadsTheTargetsOfManySourcesWithOneQuery() {
		Profile aliceProfile = this.profiles.create(this.alice, new Profile(null, "a"));
		User carol = this.aggregates.insert(new User(null, "carol"));
		Map<Object, Profile> all = this.profiles.getAll(List.of(this.alice, this.bob, carol));
		assertThat(all).containsExactly(Map.entry(this.alice.id(), aliceProfile));
	}

	@Test
	void getAllTakesAHundredThousandSources() {
		Profile aliceProfile = this.profiles.create(this.alice, new Profile(null, "a"));
		List<User> sources = new ArrayList<>();
		for (long id = 1; id <= 100_000; id++) {
			sources.add(new User(id, "user" + id));
		}
		assertThat(this.profiles.getAll(sources)).containsExactly(Map.entry(this.alice.id(), aliceProfile));
	}

	@Test
	void anAggregateReferenceForeignKeyPropertyIsSetOnTheReturnedTarget() {
		Card card = this.cards.create(this.alice, new Card(null, "gold", null));
		assertThat(card.owner()).isEqualTo(AggregateReference.to(this.alice.id()));
		assertThat(this.rows.value("SELECT owner_id FROM cards WHERE id = ?", card.id())).isEqualTo(this.alice.id());
		assertThat(this.cards.get(this.alice)).contains(card);
	}

	@Test
	void uuidIdsAndAKeyTypedForeignKeyPropertyWork() {
		Account account = this.aggregates.insert(new Account(null, "main"));
		Wallet wallet = this.wallets.create(account, new Wallet(null, "EUR", null));
		assertThat(wallet.id()).isInstanceOf(UUID.class);
		assertThat(wallet.accountId()).isEqualTo(account.id());
		assertThat(this.wallets.get(account)).contains(wallet);
		assertThat(this.wallets.getAll(List.of(account))).containsExactly(Map.entry(account.id(), wallet));
	}

	@Test
	void aNonUniqueForeignKeyWithSeveralTargetsFailsOnGet() {
		Team team = this.aggregates.insert(new Team(null, "red"));
		this.aggregates.insert(new Member(null, "one"));
		this.aggregates.insert(new Member(null, "two"));
		this.rows.update("UPDATE members SET team_id = ?", team.id());
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class).isThrownBy(() -> this.members.get(team))
			.withMessage("Team.member: Team " + team.id() + " has 2 Member targets");
	}

	@Test
	void severalAssociationsBetweenTwoModelsAreTellApartByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.associations.hasOne(Team.class, Member.class))
			.withMessage("There are several Team.hasOne(Member): captain, member; name one with its as");
		Team team = this.aggregates.insert(new Team(null, "red"));
		Member captain = this.associations.hasOne(Team.class, Member.class, "captain")
			.create(team, new Member(null, "cap"));
		assertThat(this.rows.value("SELECT captain_of_id FROM members WHERE id = ?", captain.id()))
			.isEqualTo(team.id());
		assertThat(this.members.get(team)).isEmpty();
	}

	@Test
	void insertingWithAForeignKeyTheEntityDoesNotMapFiresSpringDatasSaveEventsAndCallbacks(
			@Autowired RelationalCallbacks callbacks) {
		this.events.clear();
		callbacks.clear();
		Profile profile = this.profiles.create(this.alice, new Profile(null, "evented"));
		assertThat(this.events.names(profile)).containsExactly("BeforeConvertEvent", "BeforeSaveEvent",
				"AfterSaveEvent");
		assertThat(callbacks.names(profile)).containsExactly("BeforeConvertCallback", "BeforeSaveCallback",
				"AfterSaveCallback");
		this.events.clear();
		callbacks.clear();
		this.profiles.get(this.alice);
		assertThat(this.events.names(profile)).containsExactly("AfterConvertEvent");
		assertThat(callbacks.names(profile)).containsExactly("AfterConvertCallback");
	}

	@Test
	void savingANewSourceWithANewTargetLinksThem() {
		Linked<User, Profile> linked = this.profiles.save(new User(null, "dave"), new Profile(null, "dave's"));
		assertThat(linked.source().id()).isNotNull();
		assertThat(this.profiles.get(linked.source())).contains(linked.target());
	}

	@Test
	void savingAChangedSourceWithAnExistingTargetUpdatesBothAndRelinks() {
		Profile previous = this.profiles.create(this.alice, new Profile(null, "previous"));
		Profile other = this.aggregates.insert(new Profile(null, "other"));
		Linked<User, Profile> linked = this.profiles.save(new User(this.alice.id(), "alice2"), other);
		assertThat(this.rows.value("SELECT username FROM users WHERE id = ?", this.alice.id())).isEqualTo("alice2");
		assertThat(this.profiles.get(linked.source())).contains(other);
		assertThat(this.rows.value("SELECT user_id FROM profiles WHERE id = ?", previous.id())).isNull();
	}

	@Test
	void anOperationInACallersTransactionThatRollsBackLeavesNothing() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.profiles.create(this.alice, new Profile(null, "rolled back"));
			status.setRollbackOnly();
		});
		assertThat(this.rows.rows("profiles")).isEmpty();
	}

}
