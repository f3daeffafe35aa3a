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
import java.util.Map;

import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Badge;
import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Member;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Team;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.github.associations.repository.RepositoryTestApplication.Wallet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * belongsTo repositories, observed in the rows they leave.
 */
class BelongsToRepositoryIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private BelongsToRepository<Profile, User> users;

	@Autowired
	private BelongsToRepository<Card, User> owners;

	@Autowired
	private BelongsToRepository<Badge, User> holders;

	@Autowired
	private BelongsToRepository<Wallet, Account> accounts;

	@Autowired
	private BelongsToRepository<Member, Team> teams;

	@Autowired
	private StatementLog log;

	private User alice;

	private User bob;

	@BeforeEach
	void createUsers() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.bob = this.aggregates.insert(new User(null, "bob"));
	}

	@Test
	void setPointsTheSourcesForeignKeyAtTheTarget() {
		Profile profile = this.aggregates.insert(new Profile(null, "hi"));
		assertThat(this.users.set(profile, this.alice)).isEqualTo(profile);
		assertThat(this.users.get(profile)).contains(this.alice);
		assertThat(this.rows.value("SELECT user_id FROM profiles WHERE id = ?", profile.id()))
			.isEqualTo(this.alice.id());
	}

	@Test
	void withAUniqueForeignKeyTheTargetsPreviousOwnerIsUnlinked() {
		Profile first = this.aggregates.insert(new Profile(null, "first"));
		Profile second = this.aggregates.insert(new Profile(null, "second"));
		this.users.set(first, this.alice);
		this.users.set(second, this.alice);
		assertThat(this.rows.rows("profiles")).extracting((row) -> row.get("bio"), (row) -> row.get("user_id"))
			.containsExactly(tuple("first", null), tuple("second", this.alice.id()));
	}

	@Test
	void withANonUniqueForeignKeySeveralSourcesShareTheTarget() {
		Team team = this.aggregates.insert(new Team(null, "red"));
		Member one = this.aggregates.insert(new Member(null, "one"));
		Member two = this.aggregates.insert(new Member(null, "two"));
		this.teams.set(one, team);
		this.teams.set(two, team);
		assertThat(this.teams.getAll(List.of(one, two))).containsOnlyKeys(one.id(), two.id());
	}

	@Test
	void setNullUnlinksTheSource() {
		Profile profile = this.aggregates.insert(new Profile(null, "hi"));
		this.users.set(profile, this.alice);
		this.users.set(profile, null);
		assertThat(this.users.get(profile)).isEmpty();
		assertThat(this.rows.rows("profiles")).extracting((row) -> row.get("user_id")).containsOnlyNulls();
	}

	@Test
	void aNotNullForeignKeyCannotBeUnset() {
		Badge badge = this.holders.save(new Badge(null, "gold"), this.alice).source();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.holders.set(badge, null))
			.withMessage("Badge.holder: Badge " + badge.id()
					+ " cannot lose its User because the foreign key holder_id is NOT NULL");
	}

	@Test
	void aNotNullUniqueForeignKeyCannotTakeATargetFromAnotherSource() {
		this.holders.save(new Badge(null, "gold"), this.alice);
		Badge silver = this.holders.save(new Badge(null, "silver"), this.bob).source();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.holders.set(silver, this.alice))
			.withMessage("Badge.holder: User " + this.alice.id()
					+ " belongs to another Badge, whose foreign key cannot be NULL");
		assertThat(this.holders.get(silver)).contains(this.bob);
	}

	@Test
	void createInsertsTheTargetAndLinksTheSource() {
		Profile profile = this.aggregates.insert(new Profile(null, "hi"));
		User carol = this.users.create(profile, new User(null, "carol"));
		assertThat(carol.id()).isNotNull();
		assertThat(this.users.get(profile)).contains(carol);
	}

	@Test
	void aTargetThatDoesNotExistFailsAndLeavesThePreviousLink() {
		Profile profile = this.aggregates.insert(new Profile(null, "hi"));
		this.users.set(profile, this.alice);
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.users.set(profile, new User(999L, "ghost")))
			.withMessage("Profile.user: User 999 does not exist");
		assertThat(this.users.get(profile)).contains(this.alice);
	}

	@Test
	void aSourceThatDoesNotExistFails() {
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.users.set(new Profile(999L, "ghost"), this.alice))
			.withMessage("Profile.user: Profile 999 does not exist");
	}

	@Test
	void anUnsavedTargetIsRejected() {
		Profile profile = this.aggregates.insert(new Profile(null, "hi"));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.users.set(profile, new User(null, "new")))
			.withMessage("Profile.user: the User is not saved yet, so it has no id; save it first");
	}

	@Test
	void aMappedForeignKeyPropertyIsSetOnTheReturnedSource() {
		Card card = this.aggregates.insert(new Card(null, "gold", null));
		Card linked = this.owners.set(card, this.alice);
		assertThat(linked.owner()).isEqualTo(AggregateReference.to(this.alice.id()));
		assertThat(this.owners.set(linked, null).owner()).isNull();
	}

	@Test
	void aNullForeignKeyPropertyMeansNoTargetWithoutAQuery() {
		Card card = this.aggregates.insert(new Card(null, "gold", null));
		this.log.clear();
		assertThat(this.owners.get(card)).isEmpty();
		assertThat(this.log.roundTrips()).isEmpty();
	}

	@Test
	void getAllMapsSourceIdsToTargets() {
		Profile a = this.aggregates.insert(new Profile(null, "a"));
		Profile b = this.aggregates.insert(new Profile(null, "b"));
		Profile none = this.aggregates.insert(new Profile(null, "none"));
		this.users.set(a, this.alice);
		this.users.set(b, this.bob);
		assertThat(this.users.getAll(List.of(a, b, none))).isEqualTo(Map.of(a.id(), this.alice, b.id(), this.bob));
	}

	@Test
	void uuidIdsWork() {
		Account account = this.aggregates.insert(new Account(null, "main"));
		Wallet wallet = this.aggregates.insert(new Wallet(null, "EUR", null));
		Wallet linked = this.accounts.set(wallet, account);
		assertThat(linked.accountId()).isEqualTo(account.id());
		assertThat(this.accounts.get(linked)).contains(account);
		assertThat(this.accounts.getAll(List.of(linked))).containsExactly(Map.entry(wallet.id(), account));
	}

}
