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

import java.util.List;

import io.github.associations.model.ModelDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table, column, constraint and index names follow Spring Data's mapping rules and one
 * naming class.
 */
class NamingTests {

	@Test
	void withoutAnnotationsTheNamingStrategyNamesTablesAndColumns() {
		Table table = Models.derive(ModelDefinition.of(UserAccount.class)).tables().get(0);
		assertThat(table.name()).isEqualTo(TableName.of("user_account"));
		assertThat(table.columns()).extracting("name").containsExactly("id", "first_name");
	}

	@Test
	void annotationsNameTablesSchemasAndColumns() {
		Table table = Models.derive(ModelDefinition.of(Account.class)).tables().get(0);
		assertThat(table.name()).isEqualTo(new TableName("billing", "accounts"));
		assertThat(table.name()).hasToString("billing.accounts");
		assertThat(table.columns()).extracting("name").containsExactly("account_id", "Display_Name");
	}

	@Test
	void reservedWordsAreOrdinaryNames() {
		Table table = Models.derive(ModelDefinition.of(User.class)).tables().get(0);
		assertThat(table.name()).isEqualTo(TableName.of("user"));
		assertThat(table.columns()).extracting("name").containsExactly("id", "order");
	}

	@Test
	void theApplicationsNamingStrategyApplies() {
		NamingStrategy prefixed = new NamingStrategy() {

			@Override
			public String getTableName(Class<?> type) {
				return "app_" + NamingStrategy.super.getTableName(type);
			}

			@Override
			public String getColumnName(RelationalPersistentProperty property) {
				return "c_" + NamingStrategy.super.getColumnName(property);
			}

			@Override
			public String getSchema() {
				return "tenant";
			}

		};
		Schema schema = SchemaDerivation.derive(Models.declared(ModelDefinition.of(UserAccount.class)), prefixed);
		Table table = schema.tables().get(0);
		assertThat(table.name()).isEqualTo(new TableName("tenant", "app_user_account"));
		assertThat(table.columns()).extracting("name").containsExactly("c_id", "c_first_name");
		assertThat(table.primaryKey().name()).isEqualTo("pk_app_user_account");
	}

	@Test
	void constraintAndIndexNamesNameTheTableAndColumns() {
		TableName profiles = TableName.of("profiles");
		assertThat(SchemaNames.primaryKey(profiles)).isEqualTo("pk_profiles");
		assertThat(SchemaNames.foreignKey(profiles, "user_id")).isEqualTo("fk_profiles_user_id");
		assertThat(SchemaNames.unique(profiles, List.of("user_id"))).isEqualTo("uq_profiles_user_id");
		assertThat(SchemaNames.index(profiles, List.of("user_id"))).isEqualTo("ix_profiles_user_id");
		assertThat(SchemaNames.updatedAtTrigger(profiles)).isEqualTo("trg_profiles_updated_at");
	}

	@Test
	void namesLongerThan63BytesAreCutAndEndWithAHash() {
		TableName table = TableName.of("a_rather_long_table_name_for_the_profiles_of_users");
		String name = SchemaNames.foreignKey(table, "primary_account_holder_id");
		assertThat(name).isEqualTo("fk_a_rather_long_table_name_for_the_profiles_of_users_cceaad08")
			.isEqualTo(SchemaNames.foreignKey(table, "primary_account_holder_id"))
			.isNotEqualTo(SchemaNames.foreignKey(table, "primary_account_holder_ix"));
		assertThat(SchemaNames.foreignKey(TableName.of("t"), "c".repeat(58))).hasSize(63)
			.isEqualTo("fk_t_" + "c".repeat(58));
	}

	record UserAccount(@Id Long id, String firstName) {
	}

	@org.springframework.data.relational.core.mapping.Table(schema = "billing", name = "accounts")
	record Account(@Id @org.springframework.data.relational.core.mapping.Column("account_id") Long id,
			@org.springframework.data.relational.core.mapping.Column("Display_Name") String displayName) {
	}

	record User(@Id Long id, String order) {
	}

}
