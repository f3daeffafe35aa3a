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

import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Values are bound, never interpreted as SQL: they are stored and read back exactly, or
 * rejected with a clear error that changes nothing.
 */
class HostileValuesIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final List<String> HOSTILE = List.of("'; DROP TABLE users; --", "\\'\\\\\"$$; SELECT 1; $$",
			"Robert'); DELETE FROM profiles WHERE ('1' = '1", "emoji \uD83D\uDE00 and accents é ü ß", "${placeholder}",
			"x".repeat(1_000_000));

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private Associations associations;

	private User alice;

	@BeforeEach
	void createUser() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
	}

	@Test
	void hostileStringsAreStoredAndReadBackExactly() {
		for (String value : HOSTILE) {
			Profile stored = this.profiles.set(this.alice, new Profile(null, value));
			assertThat(this.profiles.get(this.alice)).contains(stored);
			assertThat(this.jdbc.sql("SELECT bio FROM profiles WHERE id = ?")
				.param(stored.id())
				.query(String.class)
				.single()).isEqualTo(value);
			assertThat(this.associations.load(User.class)
				.include("profile", Include.required().where(Criteria.where("bio").is(value)))
				.all()).hasSize(1);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM profiles").query(Long.class).single()).isEqualTo(HOSTILE.size());
	}

	@Test
	void aNulCharacterIsRejectedClearlyAndChangesNothing() {
		Profile kept = this.profiles.set(this.alice, new Profile(null, "kept"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.profiles.set(this.alice, new Profile(null, "nul \u0000 byte")))
			.withMessageStartingWith(
					"User.profile: a value cannot be stored (linking User " + this.alice.id() + " and a new Profile): ")
			.withMessageContaining("invalid byte sequence");
		assertThat(this.profiles.get(this.alice)).contains(kept);
		assertThat(this.jdbc.sql("SELECT count(*) FROM profiles").query(Long.class).single()).isOne();
	}

	@Test
	void extremeIdsFindNothingAndLinkNothing() {
		for (long id : new long[] { Long.MAX_VALUE, Long.MIN_VALUE, -1, 0 }) {
			User ghost = new User(id, "ghost");
			if (id != 0) {
				assertThat(this.profiles.get(ghost)).isEmpty();
				assertThat(this.profiles.getAll(List.of(ghost))).isEmpty();
			}
			assertThat(this.associations.load(User.class).byId(id)).isEmpty();
		}
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.profiles.set(this.alice, new Profile(Long.MAX_VALUE, "ghost")))
			.withMessage("User.profile: Profile " + Long.MAX_VALUE + " does not exist");
	}

}
