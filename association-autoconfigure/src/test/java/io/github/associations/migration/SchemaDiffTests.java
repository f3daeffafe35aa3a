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

package io.github.associations.migration;

import java.util.ArrayList;
import java.util.List;

import io.github.associations.model.ReferentialAction;
import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Index;
import io.github.associations.schema.PrimaryKey;
import io.github.associations.schema.Renames;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;
import io.github.associations.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which changes the diff finds, and which of them are destructive.
 */
class SchemaDiffTests {

	private static final TableName PROFILES = TableName.of("profiles");

	private static final Column ID = new Column("id", "bigint", false, null, true);

	@Test
	void identicalTablesHaveNoChanges() {
		assertThat(between(List.of(profiles(List.of(column("bio", "text", true)))),
				List.of(profiles(List.of(column("bio", "text", true))))))
			.isEmpty();
	}

	@Test
	void wideningATypeIsSafeAndNarrowingItIsDestructive() {
		assertThat(destructive(column("bio", "varchar(40)", true), column("bio", "text", true))).isFalse();
		assertThat(destructive(column("bio", "varchar(40)", true), column("bio", "varchar(80)", true))).isFalse();
		assertThat(destructive(column("n", "integer", true), column("n", "bigint", true))).isFalse();
		assertThat(destructive(column("n", "numeric(10,2)", true), column("n", "numeric(12,2)", true))).isFalse();
		assertThat(destructive(column("bio", "text", true), column("bio", "varchar(40)", true))).isTrue();
		assertThat(destructive(column("n", "bigint", true), column("n", "integer", true))).isTrue();
		assertThat(destructive(column("n", "text", true), column("n", "bigint", true))).isTrue();
	}

	@Test
	void makingAColumnNotNullIsDestructiveAndAllowingNullIsNot() {
		assertThat(destructive(column("bio", "text", true), column("bio", "text", false))).isTrue();
		assertThat(destructive(column("bio", "text", false), column("bio", "text", true))).isFalse();
	}

	@Test
	void addingANotNullColumnWithoutADefaultIsDestructive() {
		List<Change> changes = between(List.of(profiles(List.of())),
				List.of(profiles(List.of(column("bio", "text", false)))));
		assertThat(changes).singleElement()
			.satisfies((change) -> assertThat(change.description())
				.isEqualTo("add NOT NULL column profiles.bio without a default, which fails while profiles has rows"))
			.matches(Change::destructive);
		assertThat(between(List.of(profiles(List.of())),
				List.of(profiles(List.of(new Column("bio", "text", false, "''", false)))))
			.get(0)
			.destructive()).isFalse();
	}

	@Test
	void changingAReferentialActionIsDestructive() {
		Table before = withForeignKey(ReferentialAction.SET_NULL);
		Table after = withForeignKey(ReferentialAction.CASCADE);
		List<Change> changes = between(List.of(before), List.of(after));
		assertThat(changes).extracting(Change::description)
			.containsExactly(
					"change foreign key fk_profiles_user_id from users (id) on delete SET NULL on update "
							+ "CASCADE to users (id) on delete CASCADE on update CASCADE",
					"add foreign key fk_profiles_user_id");
		assertThat(Change.destructive(changes)).hasSize(1);
	}

	@Test
	void aUniqueConstraintOnAnExistingColumnIsDestructiveBothWaysAndAnIndexIsNot() {
		Table unique = new Table(PROFILES, "Profile", List.of(ID, column("user_id", "bigint", true)), primaryKey(),
				List.of(new UniqueConstraint("uq_profiles_user_id", List.of("user_id"))), List.of(), List.of(), false,
				false);
		Table indexed = new Table(PROFILES, "Profile", List.of(ID, column("user_id", "bigint", true)), primaryKey(),
				List.of(), List.of(new Index("ix_profiles_user_id", List.of("user_id"))), List.of(), false, false);
		assertThat(Change.destructive(between(List.of(unique), List.of(indexed)))).extracting(Change::description)
			.containsExactly("drop unique constraint uq_profiles_user_id on profiles (user_id)");
		assertThat(Change.destructive(between(List.of(indexed), List.of(unique)))).extracting(Change::description)
			.containsExactly("add unique constraint uq_profiles_user_id on the existing profiles (user_id), "
					+ "which its rows may break");
	}

	@Test
	void ofATableManagedElsewhereOnlyTheForeignKeyIsGenerated() {
		Table managed = new Table(PROFILES, "Profile",
				List.of(ID, column("bio", "text", true), column("user_id", "bigint", true)), primaryKey(),
				List.of(new UniqueConstraint("uq_profiles_user_id", List.of("user_id"))), List.of(),
				List.of(foreignKey(ReferentialAction.SET_NULL)), true, false);
		assertThat(between(List.of(), List.of(managed))).extracting(Change::description)
			.containsExactly("add column profiles.user_id", "add unique constraint uq_profiles_user_id",
					"add foreign key fk_profiles_user_id");
	}

	@Test
	void addingTimestampsAddsTheColumnsAndTheTrigger() {
		Table without = profiles(List.of());
		Table with = new Table(PROFILES, "Profile",
				List.of(ID, new Column("created_at", "timestamptz", false, "now()", false),
						new Column("updated_at", "timestamptz", false, "now()", false)),
				primaryKey(), List.of(), List.of(), List.of(), false, true);
		List<Change> changes = between(List.of(without), List.of(with));
		assertThat(changes).extracting(Change::description)
			.containsExactly("add column profiles.created_at", "add column profiles.updated_at",
					"keep profiles.updated_at current");
		assertThat(Change.destructive(changes)).isEmpty();
		assertThat(Change.destructive(between(List.of(with), List.of(without)))).extracting(Change::description)
			.containsExactly("drop column profiles.created_at", "drop column profiles.updated_at",
					"stop keeping profiles.updated_at current");
	}

	private static boolean destructive(Column before, Column after) {
		List<Change> changes = between(List.of(profiles(List.of(before))), List.of(profiles(List.of(after))));
		assertThat(changes).hasSize(1);
		return changes.get(0).destructive();
	}

	private static Table profiles(List<Column> columns) {
		List<Column> all = new ArrayList<>(List.of(ID));
		all.addAll(columns);
		return new Table(PROFILES, "Profile", all, primaryKey(), List.of(), List.of(), List.of(), false, false);
	}

	private static Table withForeignKey(ReferentialAction onDelete) {
		return new Table(PROFILES, "Profile", List.of(ID, column("user_id", "bigint", true)), primaryKey(), List.of(),
				List.of(), List.of(foreignKey(onDelete)), false, false);
	}

	private static ForeignKey foreignKey(ReferentialAction onDelete) {
		return new ForeignKey("fk_profiles_user_id", PROFILES, "user_id", TableName.of("users"), "id", true, true,
				onDelete, ReferentialAction.CASCADE, true);
	}

	private static PrimaryKey primaryKey() {
		return new PrimaryKey("pk_profiles", List.of("id"));
	}

	private static Column column(String name, String type, boolean nullable) {
		return new Column(name, type, nullable, null, false);
	}

	private static List<Change> between(List<Table> before, List<Table> after) {
		return SchemaDiff.between(before, after, Renames.NONE);
	}

}
