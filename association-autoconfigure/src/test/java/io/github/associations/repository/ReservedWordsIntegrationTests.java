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

import io.github.associations.model.ModelDefinition;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reserved words as table, column and association names work: every identifier is quoted.
 */
@SpringBootTest(classes = ReservedWordsIntegrationTests.Application.class,
		properties = { "associations.migrations.mode=write",
				"associations.migrations.location=filesystem:target/test-migrations/reserved-words" })
@AutoConfigureEmbeddedPostgres
class ReservedWordsIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private JdbcAggregateOperations aggregates;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void tablesAndColumnsNamedWithReservedWordsWork() {
		User user = this.aggregates.insert(new User(null, "select"));
		Order order = this.associations.hasOne(User.class, Order.class, "order").create(user, new Order(null, "from"));
		assertThat(this.associations.belongsTo(Order.class, User.class, "table").get(order)).contains(user);
		assertThat(this.associations.load(User.class).include("order").byId(user.id()))
			.hasValueSatisfying((loaded) -> assertThat(loaded.get("order", Order.class)).contains(order));
		assertThat(this.jdbc.sql("SELECT \"group\" FROM \"order\" WHERE \"table_id\" = ?")
			.param(user.id())
			.query(String.class)
			.single()).isEqualTo("from");
	}

	record User(@Id Long id, String where) {
	}

	record Order(@Id Long id, String group) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		ModelDefinition<User> userModel() {
			return ModelDefinition.of(User.class).hasOne(Order.class, as("order"), foreignKey("table_id"));
		}

		@Bean
		ModelDefinition<Order> orderModel() {
			return ModelDefinition.of(Order.class).belongsTo(User.class, as("table"));
		}

	}

}
