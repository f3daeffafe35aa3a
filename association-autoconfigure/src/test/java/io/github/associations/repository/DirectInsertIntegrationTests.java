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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Wallet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities created with a foreign key column they do not map are inserted by an
 * {@code INSERT} rendered once, with their values written as Spring Data writes them: the
 * rows equal those Spring Data inserts for the same entities, and entities it cannot
 * insert that way are left to Spring Data.
 */
class DirectInsertIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private JdbcConverter converter;

	@Autowired
	private JdbcDialect dialect;

	@Autowired
	private StatementLog log;

	@Test
	void simpleEntitiesAreInsertedDirectly() {
		EntityMapping mapping = new EntityMapping(this.converter);
		assertThat(DirectInsert.of(mapping, this.dialect, Specimen.class, "account_id", UUID.class, true))
			.extracting(DirectInsert::sql)
			.isEqualTo("INSERT INTO \"specimens\" (\"collected_at\", \"weight\", \"catalogued\", \"fragile\", "
					+ "\"depth\", \"code\", \"account_id\") VALUES (?, ?, ?, ?, ?, ?, ?)");
		assertThat(DirectInsert.of(mapping, this.dialect, Profile.class, "user_id", Long.class, true)).isNotNull();
		assertThat(DirectInsert.of(mapping, this.dialect, Post.class, "owner_id", Long.class, true)).isNotNull();
		assertThat(DirectInsert.of(mapping, this.dialect, Wallet.class, "owner_id", UUID.class, false))
			.extracting(DirectInsert::sql)
			.asString()
			.contains("\"id\"");
	}

	@Test
	void entitiesWithEmbeddedValuesOrReferencesAreLeftToSpringData() {
		EntityMapping mapping = new EntityMapping(this.converter);
		assertThat(DirectInsert.of(mapping, this.dialect, Passport.class, "holder_id", Long.class, true)).isNull();
		assertThat(DirectInsert.of(mapping, this.dialect, Card.class, "user_id", Long.class, true)).isNull();
		assertThat(DirectInsert.of(mapping, this.dialect, Excavation.class, "user_id", Long.class, true)).isNull();
		assertThat(DirectInsert.of(mapping, this.dialect, Wallet.class, "account_id", UUID.class, true))
			.as("an entity that maps the column itself")
			.isNull();
	}

	@Test
	void createdRowsEqualThoseSpringDataInserts() {
		Account account = this.aggregates.insert(new Account(UUID.randomUUID(), "main"));
		HasManyRepository<Account, Specimen> specimens = this.associations.hasMany(Account.class, Specimen.class);
		HasManyRepository<Account, Gadget> gadgets = this.associations.hasMany(Account.class, Gadget.class);
		for (Specimen specimen : specimens()) {
			this.log.clear();
			Specimen created = specimens.create(account, specimen);
			assertThat(this.log.roundTrips()).as("the direct insert, not Spring Data's")
				.containsExactly(directInsertSql(Specimen.class, "account_id", UUID.class));
			assertSameRow("specimens", created.id(), this.aggregates.insert(specimen).id());
			assertThat(specimens.get(account)).extracting(Specimen::id).contains(created.id());
		}
		for (int i = 0; i < gadgets().size(); i++) {
			this.log.clear();
			Gadget created = gadgets.create(account, gadgets().get(i));
			assertThat(this.log.roundTrips()).containsExactly(directInsertSql(Gadget.class, "account_id", UUID.class));
			assertThat(this.aggregates.findById(created.getId(), Gadget.class)).isEqualTo(created);
			assertSameRow("gadgets", created.getId(), this.aggregates.insert(gadgets().get(i)).getId());
		}
	}

	@Test
	void severalNewEntitiesAreInsertedInOneBatchWithTheirIdsInOrder() {
		Account account = this.aggregates.insert(new Account(UUID.randomUUID(), "main"));
		HasManyRepository<Account, Specimen> specimens = this.associations.hasMany(Account.class, Specimen.class);
		this.log.clear();
		List<Specimen> added = specimens.add(account, specimens());
		assertThat(this.log.statements()).containsExactly("INSERT");
		assertThat(added).extracting(Specimen::code)
			.containsExactlyElementsOf(specimens().stream().map(Specimen::code).toList());
		for (Specimen specimen : added) {
			assertThat(this.aggregates.findById(specimen.id(), Specimen.class)).extracting(Specimen::code)
				.isEqualTo(specimen.code());
		}
	}

	@Test
	void newMutableTargetsAreReturnedAsTheirAfterSaveCallbackReturnsThem(@Autowired RelationalCallbacks callbacks) {
		Account account = this.aggregates.insert(new Account(UUID.randomUUID(), "main"));
		HasManyRepository<Account, Gadget> gadgets = this.associations.hasMany(Account.class, Gadget.class);
		List<Gadget> returned = new ArrayList<>();
		callbacks.afterSave((saved) -> {
			if (!(saved instanceof Gadget gadget)) {
				return saved;
			}
			Gadget copy = new Gadget();
			copy.setId(gadget.getId());
			returned.add(copy);
			return copy;
		});
		List<Gadget> added = gadgets.add(account,
				List.of(new Gadget("lamp", null, null, 1), new Gadget("desk", null, null, 2)));
		assertThat(returned).hasSize(2);
		assertThat(added).hasSize(2);
		assertThat(added.get(0)).isSameAs(returned.get(0));
		assertThat(added.get(1)).isSameAs(returned.get(1));
	}

	/**
	 * Return the SQL of a direct insert as the driver receives it.
	 */
	private String directInsertSql(Class<?> type, String column, Class<?> columnType) {
		DirectInsert insert = DirectInsert.of(new EntityMapping(this.converter), this.dialect, type, column, columnType,
				true);
		assertThat(insert).isNotNull();
		return insert.sql();
	}

	private void assertSameRow(String table, Long created, Long inserted) {
		assertThat(row(table, created)).isEqualTo(row(table, inserted));
	}

	private Map<String, Object> row(String table, Long id) {
		Map<String, Object> row = new HashMap<>(
				this.jdbc.sql("SELECT * FROM " + table + " WHERE id = ?").param(id).query().singleRow());
		row.remove("id");
		row.remove("account_id");
		return row;
	}

	private static List<Specimen> specimens() {
		List<Specimen> specimens = new ArrayList<>();
		specimens.add(new Specimen(null, OffsetDateTime.parse("2026-11-30T10:15:30.123456+02:00"),
				new BigDecimal("12.50"), LocalDate.parse("2026-11-29"), true, 3.25, new Specimen.Code("A7")));
		specimens.add(new Specimen(null, null, null, null, false, null, null));
		specimens.add(new Specimen(null, OffsetDateTime.parse("1999-01-01T00:00:00Z"), new BigDecimal("-0.001"),
				LocalDate.parse("1999-01-01"), false, -1.0, new Specimen.Code("")));
		return specimens;
	}

	private static List<Gadget> gadgets() {
		return List.of(new Gadget("lamp", Gadget.Status.RETIRED, Instant.parse("2026-11-30T10:15:30.123456Z"), 3),
				new Gadget(null, null, null, 0));
	}

}
