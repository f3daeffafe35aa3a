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

package io.github.associations.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Column;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.relational.core.mapping.AggregatePath;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.sql.IdentifierProcessing;

import static io.github.associations.model.AssociationOption.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema names tables and columns exactly as the application's own
 * {@link JdbcMappingContext} does, with the application's naming strategy and
 * PostgreSQL's quoting, although the schema is derived without the database.
 */
@SpringBootTest(classes = SpringDataNamesIntegrationTests.Application.class,
		properties = "associations.migrations.mode=off")
@AutoConfigureEmbeddedPostgres
class SpringDataNamesIntegrationTests {

	@Autowired
	private Schema schema;

	@Autowired
	private JdbcMappingContext applicationMappingContext;

	@Autowired
	private JdbcDialect dialect;

	@Test
	void tableNamesAreTheApplications() {
		for (Class<?> type : List.of(UserAccount.class, Order.class, Shipment.class)) {
			RelationalPersistentEntity<?> entity = this.applicationMappingContext.getRequiredPersistentEntity(type);
			Table table = this.schema.tableOf(type.getSimpleName()).orElseThrow();
			assertThat(quoted(table)).as(type.getSimpleName())
				.isEqualTo(entity.getQualifiedTableName().toSql(processing()));
		}
	}

	@Test
	void columnNamesAreTheApplications() {
		for (Class<?> type : List.of(UserAccount.class, Order.class, Shipment.class)) {
			RelationalPersistentEntity<?> entity = this.applicationMappingContext.getRequiredPersistentEntity(type);
			List<String> applicationColumns = new ArrayList<>();
			columns(this.applicationMappingContext.getAggregatePath(entity), entity, applicationColumns);
			List<String> schemaColumns = this.schema.tableOf(type.getSimpleName())
				.orElseThrow()
				.columns()
				.stream()
				.map(Column::name)
				.map(SpringDataNamesIntegrationTests::quoted)
				.toList();
			assertThat(schemaColumns).as(type.getSimpleName()).containsExactlyElementsOf(applicationColumns);
		}
	}

	@Test
	void theComparedNamesFollowTheNamingStrategyAndTheAnnotations() {
		assertThat(quoted(this.schema.tableOf("UserAccount").orElseThrow())).isEqualTo("\"app_user_account\"");
		assertThat(quoted(this.schema.tableOf("Shipment").orElseThrow())).isEqualTo("\"logistics\".\"shipments\"");
		assertThat(this.schema.tableOf("Order").orElseThrow().columns()).extracting(Column::name)
			.containsExactly("Order_Id", "ship_to_street_name_col", "ship_to_city_col", "street_name_col", "city_col",
					"customer_col");
	}

	private void columns(AggregatePath path, RelationalPersistentEntity<?> entity, List<String> columns) {
		for (RelationalPersistentProperty property : entity) {
			AggregatePath child = path.append(property);
			if (property.isEmbedded()) {
				columns(child, child.getRequiredLeafEntity(), columns);
			}
			else {
				columns.add(child.getColumnInfo().name().toSql(processing()));
			}
		}
	}

	private IdentifierProcessing processing() {
		return this.dialect.getIdentifierProcessing();
	}

	private static String quoted(Table table) {
		String name = quoted(table.name().name());
		return (table.name().schema() != null) ? quoted(table.name().schema()) + "." + name : name;
	}

	private static String quoted(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	record UserAccount(@Id Long id, String firstName, String order) {
	}

	record Address(String streetName, String city) {
	}

	@org.springframework.data.relational.core.mapping.Table("Orders")
	record Order(@Id @org.springframework.data.relational.core.mapping.Column("Order_Id") Long id,
			@Embedded.Nullable(prefix = "ship_to_") Address shipTo, @Embedded.Nullable Address billTo,
			AggregateReference<UserAccount, Long> customer) {
	}

	@org.springframework.data.relational.core.mapping.Table(schema = "logistics", name = "shipments")
	record Shipment(@Id Long id, Long orderId) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		NamingStrategy namingStrategy() {
			return new NamingStrategy() {

				@Override
				public String getTableName(Class<?> type) {
					return "app_" + NamingStrategy.super.getTableName(type);
				}

				@Override
				public String getColumnName(RelationalPersistentProperty property) {
					return NamingStrategy.super.getColumnName(property) + "_col";
				}

			};
		}

		@Bean
		ModelDefinition<UserAccount> userAccount() {
			return ModelDefinition.of(UserAccount.class);
		}

		@Bean
		ModelDefinition<Order> order() {
			return ModelDefinition.of(Order.class).belongsTo(UserAccount.class, as("customer"));
		}

		@Bean
		ModelDefinition<Shipment> shipment() {
			return ModelDefinition.of(Shipment.class);
		}

	}

}
