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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Card;
import io.github.associations.repository.RepositoryTestApplication.Document;
import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.github.associations.repository.RepositoryTestApplication.Wallet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.mapping.model.MappingInstantiationException;
import org.springframework.data.relational.domain.RowDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Eager loads read entities of simple values straight from their columns: the entities
 * equal those Spring Data's converter reads from the same rows, and entities it cannot
 * read that way are left to the converter.
 */
class DirectReadIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private JdbcConverter converter;

	@Test
	void simpleEntitiesAreReadDirectly() {
		EntityMapping mapping = new EntityMapping(this.converter);
		assertThat(DirectRead.of(mapping, User.class, columns("id", "username"))).isNotNull();
		assertThat(DirectRead.of(mapping, Post.class, columns("id", "version", "title", "author_id"))).isNotNull();
		assertThat(DirectRead.of(mapping, Wallet.class, columns("id", "currency", "account_id"))).isNotNull();
		assertThat(DirectRead.of(mapping, Specimen.class,
				columns("id", "collected_at", "weight", "catalogued", "fragile", "depth", "code")))
			.isNotNull();
	}

	@Test
	void theMappingBuildsEachDirectReadOnce() {
		EntityMapping mapping = new EntityMapping(this.converter);
		DirectRead first = mapping.directRead(User.class, columns("id", "username"));
		assertThat(first).isNotNull();
		assertThat(mapping.directRead(User.class, columns("id", "username"))).isSameAs(first);
		assertThat(mapping.directRead(User.class, columns("username", "id"))).isNotNull().isNotSameAs(first);
		assertThat(mapping.directRead(Card.class, columns("id", "label", "owner_id"))).isNull();
	}

	@Test
	void valuesAreConvertedAsTheConverterConvertsThemAndSetPropertiesAreSet() {
		EntityMapping mapping = new EntityMapping(this.converter);
		DirectRead read = DirectRead.of(mapping, Gadget.class,
				columns("id", "name", "status", "made_at", "count", "owner_id"));
		assertThat(read).isNotNull();
		Instant madeAt = Instant.parse("2026-11-30T10:15:30.123456Z");
		Gadget expected = new Gadget("lamp", Gadget.Status.RETIRED, madeAt, 3);
		expected.setId(7L);
		assertThat(read.read(new Object[] { 7L, "lamp", "RETIRED", Timestamp.from(madeAt), 3, 99L }))
			.isEqualTo(expected);
		Object[] values = { 7L, "lamp", "RETIRED", Timestamp.from(madeAt), 3, 99L };
		read.read(values);
		assertThat(values).as("converted in place").containsExactly(7L, "lamp", Gadget.Status.RETIRED, madeAt, 3, 99L);
		Object[] leftToTheConverter = { 7L, null, "RETIRED", Timestamp.from(madeAt), 3, 99L };
		assertThat(read.read(leftToTheConverter))
			.as("a null for a property set after construction is left to the converter")
			.isNull();
		assertThat(leftToTheConverter).as("with its values as they were")
			.containsExactly(7L, null, "RETIRED", Timestamp.from(madeAt), 3, 99L);
	}

	@Test
	void theConstructorIsCalledWithItsParametersAndItsFailureRaisedAsByTheConverter() {
		EntityMapping mapping = new EntityMapping(this.converter);
		assertThat(DirectRead.of(mapping, Strict.class, columns("name", "id")).read(new Object[] { "swapped", 3L }))
			.as("columns in another order than the constructor's parameters")
			.isEqualTo(new Strict(3L, "swapped"));
		assertReadAsByTheConverter(mapping, Strict.class, new Strict(1L, "kept"));
		assertReadAsByTheConverter(mapping, Hidden.class, new Hidden(1L, "kept"));
	}

	private <T> void assertReadAsByTheConverter(EntityMapping mapping, Class<T> type, T kept) {
		DirectRead read = DirectRead.of(mapping, type, columns("id", "name"));
		assertThat(read).isNotNull();
		assertThat(read.read(new Object[] { 1L, "kept" })).isEqualTo(kept);
		RowDocument refused = new RowDocument();
		refused.put("id", 2L);
		refused.put("name", "");
		MappingInstantiationException expected = catchThrowableOfType(MappingInstantiationException.class,
				() -> this.converter.readAndResolve(type, refused));
		assertThatExceptionOfType(MappingInstantiationException.class)
			.isThrownBy(() -> read.read(new Object[] { 2L, "" }))
			.withMessage(expected.getMessage())
			.satisfies((ex) -> assertThat(ex.getConstructorArguments()).containsExactly(2L, ""))
			.havingRootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.withMessage("a name cannot be blank");
	}

	@Test
	void entitiesWithEmbeddedValuesReferencesOrMissingColumnsAreLeftToTheConverter() {
		EntityMapping mapping = new EntityMapping(this.converter);
		assertThat(DirectRead.of(mapping, Passport.class, columns("id", "number", "issuer_country", "issuer_office")))
			.isNull();
		assertThat(DirectRead.of(mapping, Card.class, columns("id", "label", "owner_id"))).isNull();
		assertThat(DirectRead.of(mapping, Excavation.class, columns("id", "tags", "origin_site", "origin_layer")))
			.isNull();
		assertThat(DirectRead.of(mapping, User.class, columns("id"))).isNull();
		assertThat(DirectRead.of(mapping, User.class, columns("id", "username", "USERNAME")))
			.as("two columns that the converter's row document cannot tell apart")
			.isNull();
	}

	@Test
	void readEntitiesEqualThoseOfTheConverter() {
		User alice = this.aggregates.insert(new User(null, "alice"));
		User nameless = this.aggregates.insert(new User(null, null));
		this.aggregates.insert(new Post(null, null, "with an author", alice.id()));
		this.aggregates.insert(new Post(null, null, null, null));
		Account account = this.aggregates.insert(new Account(UUID.randomUUID(), "main"));
		this.aggregates.insert(new Wallet(UUID.randomUUID(), "EUR", account.id()));
		this.aggregates.insert(new Wallet(UUID.randomUUID(), null, null));
		this.aggregates.insert(new Document(null, "a long column"));
		this.jdbc
			.sql("INSERT INTO passports (number, issuer_country, issuer_office, holder_id) VALUES (?, ?, ?, ?),"
					+ " (?, NULL, NULL, ?)")
			.params("P1", "FR", "Paris", alice.id(), "P2", nameless.id())
			.update();
		this.aggregates.insert(new Card(null, "card", AggregateReference.to(alice.id())));
		this.aggregates.insert(new Gadget("lamp", Gadget.Status.ACTIVE, Instant.parse("2026-11-30T10:15:30Z"), 2));
		this.aggregates.insert(new Gadget(null, null, null, 0));
		this.aggregates.insert(new Specimen(null, OffsetDateTime.parse("2026-11-30T10:15:30.123456+02:00"),
				new BigDecimal("12.50"), LocalDate.parse("2026-11-29"), true, 3.25, new Specimen.Code("A7")));
		this.aggregates.insert(new Specimen(null, null, null, null, false, null, null));
		this.aggregates
			.insert(new Excavation(null, new String[] { "bone", "shell" }, new Excavation.Origin("north pit", 3)));
		this.aggregates.insert(new Excavation(null, new String[0], new Excavation.Origin("south pit", null)));
		this.aggregates.insert(new Excavation(null, null, null));
		assertSameAsConverter(User.class, User::id);
		assertSameAsConverter(Post.class, Post::id);
		assertSameAsConverter(Wallet.class, (wallet) -> wallet.id().toString());
		assertSameAsConverter(Account.class, (each) -> each.id().toString());
		assertSameAsConverter(Document.class, Document::id);
		assertSameAsConverter(Passport.class, Passport::id);
		assertSameAsConverter(Card.class, Card::id);
		assertSameAsConverter(Gadget.class, Gadget::getId);
		assertSameAsConverter(Specimen.class, Specimen::id);
		assertSameAsConverter(Excavation.class, Excavation::id);
	}

	private <T, K extends Comparable<K>> void assertSameAsConverter(Class<T> type, Function<T, K> id) {
		List<T> loaded = this.associations.load(type)
			.all()
			.stream()
			.map(Loaded::entity)
			.sorted(Comparator.comparing(id))
			.toList();
		List<T> converted = this.aggregates.findAll(type).stream().sorted(Comparator.comparing(id)).toList();
		assertThat(loaded).isNotEmpty().isEqualTo(converted);
	}

	/**
	 * An entity whose constructor refuses a blank name.
	 */
	record Strict(@Id Long id, String name) {

		Strict {
			if (name.isBlank()) {
				throw new IllegalArgumentException("a name cannot be blank");
			}
		}

	}

	/**
	 * An entity like {@link Strict} that Spring Data instantiates by reflection, being
	 * private.
	 */
	private record Hidden(@Id Long id, String name) {

		Hidden {
			if (name.isBlank()) {
				throw new IllegalArgumentException("a name cannot be blank");
			}
		}

	}

	private static List<ColumnRead> columns(String... names) {
		List<ColumnRead> columns = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			columns.add(new ColumnRead(names[i], i + 1, null));
		}
		return columns;
	}

}
