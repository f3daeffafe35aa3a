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

import io.github.associations.repository.RepositoryTestApplication.Member;
import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Team;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact data statements and round trips of each operation. A write also costs its
 * {@code COMMIT}, which is not counted here.
 */
class StatementCountIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	@As("passport")
	private HasOneRepository<User, Passport> passports;

	@Autowired
	private BelongsToRepository<Profile, User> users;

	@Autowired
	private BelongsToRepository<Member, Team> teams;

	@Autowired
	@As("member")
	private HasOneRepository<Team, Member> members;

	@Autowired
	private StatementLog log;

	private User alice;

	@BeforeEach
	void createUser() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
	}

	@Test
	void hasOneSetOfAnExistingTargetLocksTheRowsInKeyOrderThenUnlinksAndLinksInOneStatement() {
		this.profiles.create(this.alice, new Profile(null, "previous"));
		Profile existing = this.aggregates.insert(new Profile(null, "existing"));
		this.log.clear();
		this.profiles.set(this.alice, existing);
		assertCounted(List.of("SELECT", "UPDATE", "UPDATE"), 2);
		assertThat(this.log.roundTrips().get(0)).endsWith("ORDER BY \"id\" FOR UPDATE");
	}

	@Test
	void hasOneSetOfTheTargetAlreadyLinkedOnlyLocks() {
		Profile linked = this.profiles.create(this.alice, new Profile(null, "linked"));
		this.log.clear();
		this.profiles.set(this.alice, linked);
		assertCounted(List.of("SELECT"), 1);
	}

	@Test
	void hasOneSetWithoutAUniqueConstraintLocksTheSourceRowFirst() {
		Team team = this.aggregates.insert(new Team(null, "red"));
		this.members.set(team, this.aggregates.insert(new Member(null, "one")));
		Member two = this.aggregates.insert(new Member(null, "two"));
		this.log.clear();
		this.members.set(team, two);
		assertCounted(List.of("SELECT", "SELECT", "UPDATE", "UPDATE"), 3);
		assertThat(this.log.roundTrips().get(0)).startsWith("SELECT 1 FROM \"teams\"").endsWith("FOR NO KEY UPDATE");
		assertThat(this.log.roundTrips().get(1)).endsWith("FOR NO KEY UPDATE");
	}

	@Test
	void hasOneSetOfANewTargetUnlinksAndInsertsWithTheForeignKey() {
		this.profiles.create(this.alice, new Profile(null, "previous"));
		this.log.clear();
		this.profiles.set(this.alice, new Profile(null, "new"));
		assertCounted(List.of("UPDATE", "INSERT"), 2);
	}

	@Test
	void hasOneSetWithANotNullForeignKeyDeletesThePreviousTarget() {
		this.passports.create(this.alice, new Passport(null, "X1", null));
		Passport other = this.passports.create(this.aggregates.insert(new User(null, "bob")),
				new Passport(null, "B1", null));
		this.log.clear();
		this.passports.set(this.alice, other);
		assertCounted(List.of("SELECT", "DELETE", "UPDATE"), 2);
		this.log.clear();
		this.passports.set(this.alice, new Passport(null, "X2", null));
		assertCounted(List.of("DELETE", "INSERT"), 2);
	}

	@Test
	void unlinkingTakesOneStatement() {
		this.profiles.create(this.alice, new Profile(null, "p"));
		this.passports.create(this.alice, new Passport(null, "X1", null));
		Profile profile = this.aggregates.insert(new Profile(null, "q"));
		this.users.set(profile, this.alice);
		this.log.clear();
		this.profiles.set(this.alice, null);
		assertCounted(List.of("UPDATE"), 1);
		this.log.clear();
		this.passports.set(this.alice, null);
		assertCounted(List.of("DELETE"), 1);
		this.log.clear();
		this.users.set(profile, null);
		assertCounted(List.of("UPDATE"), 1);
	}

	@Test
	void belongsToSetWithAUniqueForeignKeyLocksTheRowsInKeyOrderThenUnlinksAndLinksInOneStatement() {
		this.profiles.create(this.alice, new Profile(null, "previous"));
		Profile profile = this.aggregates.insert(new Profile(null, "p"));
		this.log.clear();
		this.users.set(profile, this.alice);
		assertCounted(List.of("SELECT", "UPDATE", "UPDATE"), 2);
	}

	@Test
	void belongsToSetOfAKeyWithoutHoldersLocksThenLinks() {
		Profile profile = this.aggregates.insert(new Profile(null, "p"));
		this.log.clear();
		this.users.set(profile, this.alice);
		assertCounted(List.of("SELECT", "UPDATE"), 2);
	}

	@Test
	void belongsToSetWithANonUniqueForeignKeyTakesOneStatement() {
		Team team = this.aggregates.insert(new Team(null, "red"));
		Member member = this.aggregates.insert(new Member(null, "one"));
		this.log.clear();
		this.teams.set(member, team);
		assertCounted(List.of("UPDATE"), 1);
	}

	@Test
	void belongsToCreateInsertsTheTargetAndUpdatesTheSource() {
		Profile profile = this.aggregates.insert(new Profile(null, "p"));
		this.log.clear();
		this.users.create(profile, new User(null, "carol"));
		assertCounted(List.of("INSERT", "UPDATE"), 2);
	}

	@Test
	void savingANewSourceWithANewTargetTakesTwoInserts() {
		this.log.clear();
		this.profiles.save(new User(null, "dave"), new Profile(null, "hi"));
		assertCounted(List.of("INSERT", "INSERT"), 2);
		this.log.clear();
		this.users.save(new Profile(null, "hello"), new User(null, "erin"));
		assertCounted(List.of("INSERT", "INSERT"), 2);
	}

	@Test
	void readsTakeOneSelect() {
		Profile profile = this.profiles.create(this.alice, new Profile(null, "p"));
		this.log.clear();
		this.profiles.get(this.alice);
		assertCounted(List.of("SELECT"), 1);
		this.log.clear();
		this.profiles.getAll(List.of(this.alice));
		assertCounted(List.of("SELECT"), 1);
		this.log.clear();
		this.users.get(profile);
		assertCounted(List.of("SELECT"), 1);
		this.log.clear();
		this.users.getAll(List.of(profile));
		assertCounted(List.of("SELECT"), 1);
	}

	private void assertCounted(List<String> statements, int roundTrips) {
		assertThat(this.log.statements()).as(this.log.roundTrips().toString()).isEqualTo(statements);
		assertThat(this.log.roundTrips()).hasSize(roundTrips);
	}

}
