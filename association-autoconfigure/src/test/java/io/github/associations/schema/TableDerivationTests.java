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

package io.github.associations.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AttributeOption.defaultValue;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.notNull;
import static io.github.associations.model.AttributeOption.renamedFrom;
import static io.github.associations.model.AttributeOption.sqlType;
import static io.github.associations.model.AttributeOption.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each model's table: Java types to PostgreSQL types, ids, nullability, embedded values,
 * attribute overrides and timestamps.
 */
class TableDerivationTests {

	@Test
	void javaTypesMapToPostgreSqlTypes() {
		assertThat(table(ModelDefinition.of(Everything.class))).isEqualTo("""
				table everything (model Everything)
				  id bigint not null identity
				  primitive_long bigint not null
				  integer_value integer
				  primitive_int integer not null
				  short_value smallint
				  text text
				  flag boolean
				  primitive_flag boolean not null
				  amount numeric
				  big numeric
				  ratio double precision
				  primitive_ratio double precision not null
				  weight real
				  token uuid
				  day date
				  time_of_day time
				  local_time timestamp
				  instant timestamptz
				  offset_time timestamptz
				  data bytea
				  status text
				  primary key pk_everything (id)
				""");
	}

	@Test
	void integerIdsAreIdentitiesUuidIdsHaveADefaultAndStringIdsAreNaturalKeys() {
		assertThat(table(ModelDefinition.of(Counter.class))).contains("  id integer not null identity\n");
		assertThat(table(ModelDefinition.of(Token.class))).contains("  id uuid not null default gen_random_uuid()\n");
		assertThat(table(ModelDefinition.of(Country.class))).contains("  code text not null\n")
			.contains("primary key pk_country (code)");
	}

	@Test
	void versionsAreNotNullAndTransientPropertiesHaveNoColumn() {
		assertThat(table(ModelDefinition.of(Document.class))).isEqualTo("""
				table document (model Document)
				  id bigint not null identity
				  version bigint not null
				  primary key pk_document (id)
				""");
	}

	@Test
	void embeddedValuesBecomePrefixedColumns() {
		assertThat(table(ModelDefinition.of(Customer.class))).isEqualTo("""
				table customers (model Customer)
				  id bigint not null identity
				  home_street text
				  home_city text
				  street text
				  city text
				  primary key pk_customers (id)
				""");
	}

	@Test
	void attributesOverrideTheDerivedColumn() {
		ModelDefinition<Customer> customer = ModelDefinition.of(Customer.class)
			.attribute("home.street", length(80), notNull(), defaultValue("'unknown'"), renamedFrom("street_line"))
			.attribute("home.city", sqlType("varchar(40)"), unique())
			.attribute("work.street", defaultValue("''::text"));
		assertThat(table(customer)).isEqualTo("""
				table customers (model Customer)
				  id bigint not null identity
				  home_street varchar(80) not null default 'unknown' renamed from street_line
				  home_city varchar(40)
				  street text default ''::text
				  city text
				  primary key pk_customers (id)
				  unique uq_customers_home_city (home_city)
				""");
	}

	@Test
	void timestampsAddDatabaseManagedColumns() {
		assertThat(table(ModelDefinition.of(Country.class).timestamps())).isEqualTo("""
				table country (model Country, timestamps)
				  code text not null
				  created_at timestamptz not null default now()
				  updated_at timestamptz not null default now()
				  primary key pk_country (code)
				""");
	}

	@Test
	void timestampsAnEntityMapsReadOnlyKeepTheirPlace() {
		assertThat(table(ModelDefinition.of(Article.class).timestamps())).isEqualTo("""
				table article (model Article, timestamps)
				  id bigint not null identity
				  created_at timestamptz not null default now()
				  title text
				  updated_at timestamptz not null default now()
				  primary key pk_article (id)
				""");
	}

	@Test
	void managedElsewhereAndRenamedFromAreRecorded() {
		assertThat(table(ModelDefinition.of(Country.class).managedElsewhere().renamedFrom("nations")))
			.startsWith("table country (model Country, managed elsewhere, renamed from nations)\n");
	}

	private static String table(ModelDefinition<?> definition) {
		Schema schema = Models.derive(definition);
		return schema.tables().get(0).print(schema.renames());
	}

	enum Status {

		ACTIVE

	}

	@Table("everything")
	record Everything(@Id Long id, long primitiveLong, Integer integerValue, int primitiveInt, Short shortValue,
			String text, Boolean flag, boolean primitiveFlag, BigDecimal amount, BigInteger big, Double ratio,
			double primitiveRatio, Float weight, UUID token, LocalDate day, LocalTime timeOfDay,
			LocalDateTime localTime, Instant instant, OffsetDateTime offsetTime, byte[] data, Status status) {
	}

	record Counter(@Id Integer id) {
	}

	record Token(@Id UUID id) {
	}

	record Country(@Id String code) {
	}

	record Document(@Id Long id, @Version Long version, @Transient String draft) {
	}

	record Address(String street, String city) {
	}

	@Table("customers")
	record Customer(@Id Long id, @Embedded.Nullable(prefix = "home_") Address home, @Embedded.Nullable Address work) {
	}

	record Article(@Id Long id, @ReadOnlyProperty Instant createdAt, String title) {
	}

}
