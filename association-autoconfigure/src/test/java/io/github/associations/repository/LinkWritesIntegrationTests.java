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

import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Licence;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Ticket;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.github.associations.repository.RepositoryTestApplication.Wallet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the writes of a foreign key write, and what they refuse to write: no row for a
 * link that exists already, no orphan where no constraint guards the foreign key, and a
 * new version for a holder with one.
 */
class LinkWritesIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private BelongsToRepository<Profile, User> users;

	@Autowired
	private HasOneRepository<User, Ticket> tickets;

	@Autowired
	private BelongsToRepository<Ticket, User> ticketHolders;

	@Autowired
	private HasOneRepository<User, Licence> licences;

	@Autowired
	private BelongsToRepository<Licence, User> licensees;

	@Autowired
	private Associations associations;

	@Autowired
	private StatementLog log;

	private User alice;

	private User bob;

	private final User ghost = new User(999_999L, "ghost");

	@BeforeEach
	void createUsers() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.bob = this.aggregates.insert(new User(null, "bob"));
	}

	@Test
	void settingTheTargetAlreadyLinkedWritesNoRow() {
		Profile profile = this.profiles.create(this.alice, new Profile(null, "hi"));
		Object version = rowVersion("profiles", profile.id());
		this.log.clear();
		assertThat(this.profiles.set(this.alice, profile)).isEqualTo(profile);
		assertThat(this.log.statements()).containsExactly("SELECT");
		this.log.clear();
		this.users.set(profile, this.alice);
		assertThat(this.log.statements()).containsExactly("SELECT");
		this.users.set(profile, this.alice);
		assertThat(rowVersion("profiles", profile.id())).isEqualTo(version);
		assertThat(this.profiles.get(this.alice)).contains(profile);
	}

	@Test
	void unlinkingASourceThatHoldsNothingWritesNoRow() {
		Profile profile = this.aggregates.insert(new Profile(null, "alone"));
		Object version = rowVersion("profiles", profile.id());
		this.users.set(profile, null);
		assertThat(rowVersion("profiles", profile.id())).isEqualTo(version);
	}

	@Test
	void aForeignKeyWithoutAConstraintIsNeverLinkedWithAMissingRow() {
		assertThat(this.rows
			.count("SELECT count(*) FROM pg_constraint WHERE conrelid = 'tickets'::regclass " + "AND contype = 'f'"))
			.isZero();
		Ticket ticket = this.tickets.create(this.alice, new Ticket(null, "T1"));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.ticketHolders.set(ticket, this.ghost))
			.withMessage("Ticket.user: User 999999 does not exist");
		assertThatExceptionOfType(MissingEntityException.class).isThrownBy(() -> this.tickets.set(this.ghost, ticket))
			.withMessage("User.ticket: User 999999 does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.tickets.create(this.ghost, new Ticket(null, "T2")))
			.withMessage("User.ticket: User 999999 does not exist");
		assertThat(this.rows.rows("tickets")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("code", "T1").containsEntry("user_id", this.alice.id()));
		this.ticketHolders.set(ticket, this.bob);
		assertThat(this.tickets.get(this.bob)).contains(ticket);
	}

	@Test
	void savingASourceWithATargetThatDoesNotExistWritesNothingWithoutAConstraint() {
		Ticket ticket = this.tickets.create(this.alice, new Ticket(null, "T1"));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.ticketHolders.save(new Ticket(null, "T2"), this.ghost))
			.withMessage("Ticket.user: User 999999 does not exist");
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.ticketHolders.save(ticket, this.ghost))
			.withMessage("Ticket.user: User 999999 does not exist");
		assertThat(this.rows.rows("tickets")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("user_id", this.alice.id()));
	}

	@Test
	void savingAVersionedSourceThatHoldsTheKeyAlreadyTakesOneVersion() {
		Licence licence = this.licences.create(this.alice, new Licence(null, null, "L1", null));
		Licence other = this.aggregates.insert(new Licence(null, null, "L2", null));
		Linked<Licence, User> kept = this.licensees.save(licence, this.alice);
		assertThat(kept.source().version()).isEqualTo(licence.version() + 1);
		Linked<Licence, User> taken = this.licensees.save(other, this.alice);
		assertThat(taken.source().version()).isEqualTo(other.version() + 1);
		assertThat(this.licences.get(this.alice)).map(Licence::code).contains("L2");
		assertThat(this.rows.value("SELECT version FROM licences WHERE id = ?", licence.id()))
			.isEqualTo(kept.source().version() + 1);
	}

	@Test
	void belongsToGetAllSendsNothingWhenEveryMappedForeignKeyIsNull() {
		Card card = this.aggregates.insert(new Card(null, "unowned", null));
		Wallet wallet = this.aggregates.insert(new Wallet(null, "EUR", null));
		this.log.clear();
		assertThat(this.associations.belongsTo(Card.class, User.class, "owner").getAll(List.of(card))).isEmpty();
		assertThat(this.associations.belongsTo(Wallet.class, Account.class).getAll(List.of(wallet))).isEmpty();
		assertThat(this.log.roundTrips()).isEmpty();
	}

	@Test
	void linksAndUnlinksIncrementTheVersionOfTheRowThatHoldsTheForeignKey() {
		Licence created = this.licences.create(this.alice, new Licence(null, null, "L1", null));
		Licence moved = this.licences.set(this.bob, created);
		assertThat(moved.version()).isEqualTo(created.version() + 1);
		assertThat(moved.userId()).isEqualTo(this.bob.id());
		assertThat(this.rows.value("SELECT version FROM licences WHERE id = ?", created.id()))
			.isEqualTo(moved.version());
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(
				() -> this.aggregates.save(new Licence(created.id(), created.version(), "stale", this.alice.id())));
		assertThat(this.licences.get(this.bob)).map(Licence::code).contains("L1");
		Licence unlinked = this.licensees.set(moved, null);
		assertThat(unlinked.version()).isEqualTo(moved.version() + 1);
		Licence relinked = this.licensees.set(unlinked, this.alice);
		assertThat(relinked.version()).isEqualTo(unlinked.version() + 1);
		this.licences.set(this.alice, null);
		assertThat(this.rows.value("SELECT version FROM licences WHERE id = ?", created.id()))
			.isEqualTo(relinked.version() + 1);
		Licence saved = this.aggregates.save(new Licence(relinked.id(), relinked.version() + 1, "renamed", null));
		assertThat(saved.code()).isEqualTo("renamed");
	}

	/**
	 * Return the row version PostgreSQL gives a row: a new one for every write.
	 */
	private Object rowVersion(String table, Long id) {
		return this.rows.value("SELECT xmin::text FROM " + table + " WHERE id = ?", id);
	}

}
