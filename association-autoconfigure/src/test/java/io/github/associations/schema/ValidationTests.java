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
import java.util.Locale;
import java.util.Set;

import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;
import io.github.associations.model.ModelProblem;
import io.github.associations.model.ReferentialAction;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.onDelete;
import static io.github.associations.model.AssociationOption.onUpdate;
import static io.github.associations.model.AssociationOption.sourceKey;
import static io.github.associations.model.AssociationOption.targetKey;
import static io.github.associations.model.AttributeOption.defaultValue;
import static io.github.associations.model.AttributeOption.sqlType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every invalid model definition fails with a message that names what is wrong and an
 * action that says what to do.
 */
class ValidationTests {

	@Test
	void aTargetThatIsNotADefinedModelIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile) in bean 'user': Profile is not a defined model")
			.satisfies(action("Declare a ModelDefinition<Profile> bean, or remove the association."));
	}

	@Test
	void anUnknownSourceKeyIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, sourceKey("mail")),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile, sourceKey(\"mail\")) in bean 'user': sourceKey(\"mail\") names no "
							+ "property of User that maps a column")
			.satisfies(action("Name one of [email, id, name]."));
	}

	@Test
	void anUnknownTargetKeyIsRejected() {
		assertInvalid(ModelDefinition.of(User.class),
				ModelDefinition.of(Profile.class).belongsTo(User.class, targetKey("mail")))
			.withMessageContaining("targetKey(\"mail\") names no property of User that maps a column");
	}

	@Test
	void aKeyThatIsNotUniqueIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, sourceKey("email")),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile, sourceKey(\"email\")) in bean 'user': sourceKey(\"email\") names "
							+ "User.email, which is not unique")
			.satisfies(action("Declare it unique with ModelDefinition.of(User.class).attribute(\"email\", unique()), "
					+ "or reference the id."));
	}

	@Test
	void duplicateAssociationNamesAreRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class).belongsTo(Profile.class),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"2 associations are named User.profile: User.profile, declared as User.belongsTo(Profile) in bean 'user' and "
							+ "User.profile, declared as User.hasOne(Profile) in bean 'user'")
			.satisfies(action("Give each association of User its own name with as(...)."));
	}

	@Test
	void duplicateAssociationNamesBetweenTheSamePairAreRejectedAskingForForeignKeysToo() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class).hasOne(Profile.class, as("profile")),
				ModelDefinition.of(Profile.class))
			.withMessageStartingWith("2 associations are named User.profile: ")
			.satisfies(action("Give each association of User its own name with as(...), and each its own foreign key "
					+ "column with foreignKey(...), because they link the same two models."));
	}

	@Test
	void anAssociationNameThatClashesWithAPropertyIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, as("name")),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.name, declared as User.hasOne(Profile, as(\"name\")) in bean 'user': the association name name is also a "
							+ "property of User")
			.satisfies(action("Give the association another name with as(...), or rename the property."));
	}

	@Test
	void setNullOnANotNullForeignKeyIsRejected() {
		assertInvalid(
				ModelDefinition.of(User.class)
					.hasOne(Profile.class, allowNull(false), onDelete(ReferentialAction.SET_NULL)),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile, allowNull(false), onDelete(SET_NULL)) in bean 'user': "
							+ "onDelete(SET_NULL) on the NOT NULL foreign key user_id")
			.satisfies(action("Use CASCADE, RESTRICT or NO_ACTION, or allow NULL with allowNull(true)."));
	}

	@Test
	void setDefaultWithoutADefaultIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, onUpdate(ReferentialAction.SET_DEFAULT)),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile, onUpdate(SET_DEFAULT)) in bean 'user': onUpdate(SET_DEFAULT) on the "
							+ "foreign key user_id, which has no default");
	}

	@Test
	void aSelfAssociationWithoutAnExplicitNameIsRejected() {
		assertInvalid(ModelDefinition.of(Employee.class).belongsTo(Employee.class)).withMessage(
				"Employee.employee, declared as Employee.belongsTo(Employee) in bean 'employee' associates Employee with itself without "
						+ "an explicit as")
			.satisfies(action(
					"Declare as(...) on a self-association, such as belongsTo(Employee.class, as(\"mentor\"))."));
	}

	@Test
	void aSelfHasOneWithoutAnExplicitForeignKeyIsRejected() {
		assertInvalid(ModelDefinition.of(Employee.class).hasOne(Employee.class, as("mentee"))).withMessage(
				"Employee.mentee, declared as Employee.hasOne(Employee, as(\"mentee\")) in bean 'employee' associates Employee with "
						+ "itself without an explicit foreignKey")
			.satisfies(action("Declare as(...) and foreignKey(...) on a self-association, such as "
					+ "hasOne(Employee.class, as(\"mentee\"), foreignKey(\"mentor_id\"))."));
	}

	@Test
	void anEntityWithoutIdIsRejected() {
		assertInvalid(ModelDefinition.of(Note.class)).withMessage("Note has no @Id property")
			.satisfies(action("Annotate the identifier of Note with @Id (org.springframework.data.annotation.Id)."));
	}

	@Test
	void aTableNameThatIsNotASafeIdentifierIsRejected() {
		assertInvalid(ModelDefinition.of(Hostile.class))
			.withMessage("Hostile maps to table or schema \"users; drop table x\", which is not a safe SQL identifier")
			.satisfies(action("Name the table with @Table: use only letters, digits and underscores, not starting "
					+ "with a digit, at most 63 bytes, not starting with pg_, and not flyway_schema_history."));
	}

	@Test
	void aColumnNamedLikeAPostgresSystemColumnIsRejected() {
		for (Class<?> entity : List.of(Versioned.class, Located.class)) {
			assertInvalid(ModelDefinition.of(entity))
				.withMessageEndingWith("which is the name of a system column that PostgreSQL adds to every table")
				.satisfies(action("Name the column with @Column: use only letters, digits and underscores, not "
						+ "starting with a digit, at most 63 bytes, and none of PostgreSQL's system column names "
						+ "(tableoid, xmin, cmin, xmax, cmax, ctid)."));
		}
	}

	@Test
	void aForeignKeyColumnNamedLikeAPostgresSystemColumnIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, foreignKey("xmax")),
				ModelDefinition.of(Profile.class))
			.withMessage("User.profile, declared as User.hasOne(Profile, foreignKey(\"xmax\")) in bean 'user': the "
					+ "foreign key column \"xmax\" is the name of a system column that PostgreSQL adds to every table");
	}

	@Test
	void aTableNamedLikeTheCatalogOrFlywaysHistoryIsRejected() {
		assertInvalid(ModelDefinition.of(Catalogued.class))
			.withMessage("Catalogued maps to table or schema \"pg_class_notes\", which is reserved by PostgreSQL: "
					+ "names starting with pg_ belong to its system catalog, which is searched first");
		assertInvalid(ModelDefinition.of(History.class))
			.withMessage("History maps to table or schema \"flyway_schema_history\", which is the name of Flyway's "
					+ "schema history table");
	}

	@Test
	void aColumnNameThatIsNotASafeIdentifierIsRejected() {
		assertInvalid(ModelDefinition.of(HostileColumn.class))
			.withMessage("HostileColumn.name maps to column \"x\"; drop table users; --\", which is not a safe SQL "
					+ "identifier");
	}

	@Test
	void anAssociationNameThatIsNotASafeIdentifierIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, as("pro file")),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.pro file, declared as User.hasOne(Profile, as(\"pro file\")) in bean 'user': the name \"pro file\" is not a safe "
							+ "SQL identifier");
	}

	@Test
	void aForeignKeyThatIsNotASafeIdentifierIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, foreignKey("user_id; drop table users")),
				ModelDefinition.of(Profile.class))
			.withMessage(
					"User.profile, declared as User.hasOne(Profile, foreignKey(\"user_id; drop table users\")) in bean 'user': the foreign "
							+ "key column \"user_id; drop table users\" is not a safe SQL identifier");
	}

	@Test
	void aUnicodeNameIsRejected() {
		assertInvalid(ModelDefinition.of(Accented.class))
			.withMessage("Accented maps to table or schema \"us\u00e9rs\", which is not a safe SQL identifier");
	}

	@Test
	void aNameLongerThan63BytesIsRejected() {
		String name = "a".repeat(64);
		assertInvalid(ModelDefinition.of(User.class).hasOne(Profile.class, as(name)), ModelDefinition.of(Profile.class))
			.withMessageEndingWith("the name \"" + name + "\" is longer than 63 bytes");
	}

	@Test
	void aDerivedForeignKeyLongerThan63BytesIsRejected() {
		String name = "a".repeat(62);
		assertInvalid(ModelDefinition.of(User.class), ModelDefinition.of(Profile.class).belongsTo(User.class, as(name)))
			.withMessageEndingWith("the foreign key column \"" + name + "_id\" is longer than 63 bytes");
	}

	@Test
	void twoModelsOnOneTableAreRejected() {
		assertInvalid(ModelDefinition.of(User.class), ModelDefinition.of(Member.class))
			.withMessage("Models Member and User map to the same table users")
			.satisfies(action("Map each model to a table of its own with @Table."));
	}

	@Test
	void aModelInsideAnotherModelsAggregateIsRejected() {
		assertInvalid(ModelDefinition.of(Owner.class), ModelDefinition.of(Profile.class))
			.withMessage("Owner.profile holds model Profile inside the Owner aggregate")
			.satisfies(action("Declare an association instead, such as Owner.hasOne(Profile.class), and remove the "
					+ "property."));
	}

	@Test
	void aModelEmbeddedInAnotherModelIsRejected() {
		assertInvalid(ModelDefinition.of(Embedding.class), ModelDefinition.of(Profile.class))
			.withMessage("Embedding.profile holds model Profile inside the Embedding aggregate");
	}

	@Test
	void aPropertyTypeWithoutAColumnTypeIsRejected() {
		assertInvalid(ModelDefinition.of(Localized.class))
			.withMessage("Localized.locale has type java.util.Locale, which has no PostgreSQL column type")
			.satisfies(action("Give it one with attribute(\"locale\", sqlType(\"...\")), or change its type."));
		assertThat(Models.derive(ModelDefinition.of(Localized.class).attribute("locale", sqlType("varchar(20)")))
			.tables()
			.get(0)
			.column("locale")).hasValueSatisfying((column) -> assertThat(column.type()).isEqualTo("varchar(20)"));
	}

	@Test
	void aCollectionOfValuesWithoutAColumnTypeIsRejected() {
		assertInvalid(ModelDefinition.of(Tagged.class))
			.withMessage("Tagged.tags is a collection of String, which has no PostgreSQL column type");
		assertThat(Models.derive(ModelDefinition.of(Tagged.class).attribute("tags", sqlType("text[]"))).toString())
			.contains("  tags text[]\n");
	}

	@Test
	void entitiesInsideTheAggregateAreRejectedUnlessTheTableIsManagedElsewhere() {
		assertInvalid(ModelDefinition.of(Order.class))
			.withMessage("Order.lines holds entities inside the Order aggregate, whose tables the starter does not "
					+ "generate yet")
			.satisfies(action("Declare ModelDefinition.of(Order.class).managedElsewhere() and create its tables in "
					+ "your own migrations."));
		assertThat(Models.derive(ModelDefinition.of(Order.class).managedElsewhere()).tables().get(0).columns())
			.extracting(io.github.associations.schema.Column::name)
			.containsExactly("id");
	}

	@Test
	void aValueThatTheApplicationsConvertersWriteTakesTheColumnTypeItIsGiven() {
		assertInvalid(ModelDefinition.of(Coded.class))
			.withMessage("Coded.code holds entities inside the Coded aggregate, whose tables the starter does not "
					+ "generate yet")
			.satisfies(action("Declare ModelDefinition.of(Coded.class).managedElsewhere() and create its tables in "
					+ "your own migrations; or, when a converter of yours writes Code as one value, give its "
					+ "column type: attribute(\"code\", sqlType(\"...\"))."));
		assertThat(Models.derive(ModelDefinition.of(Coded.class).attribute("code", sqlType("text"))).toString())
			.contains("  code text\n");
	}

	@Test
	void timestampsThatSpringDataWouldWriteAreRejected() {
		assertInvalid(ModelDefinition.of(Stamped.class).timestamps())
			.withMessage(
					"Stamped.createdAt maps the database-managed column created_at, but Spring Data would write it")
			.satisfies(action("Annotate Stamped.createdAt with @ReadOnlyProperty "
					+ "(org.springframework.data.annotation.ReadOnlyProperty)."));
	}

	@Test
	void anAttributeOfAnUnknownPropertyIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).attribute("nickname", sqlType("text")))
			.withMessage("User.attribute(\"nickname\") names no property that maps a column")
			.satisfies(action("Name one of the mapped properties of User: id, name, email."));
	}

	@Test
	void anSqlTypeTheStarterDoesNotAcceptIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).attribute("name", sqlType("text; drop table users")))
			.withMessage("User.attribute(\"name\", sqlType(\"text; drop table users\")) is not a column type the "
					+ "starter accepts");
	}

	@Test
	void aDefaultTheStarterDoesNotAcceptIsRejected() {
		assertInvalid(ModelDefinition.of(User.class).attribute("name", defaultValue("'x'); drop table users; --")))
			.withMessage("User.attribute(\"name\", defaultValue(\"'x'); drop table users; --\")) is not a default "
					+ "the starter accepts");
	}

	@Test
	void commonDefaultExpressionsAreAccepted() {
		for (String accepted : List.of("0", "-1.5", "'it''s'", "true", "null", "now()", "current_timestamp",
				"'{}'::jsonb", "gen_random_uuid()")) {
			assertThat(ColumnTypes.isAcceptableDefault(accepted)).as(accepted).isTrue();
		}
	}

	@Test
	void aModelDefinedTwiceIsRejected() {
		assertInvalid(ModelDefinition.of(User.class), ModelDefinition.of(User.class).timestamps())
			.withMessage("Model User is defined more than once: in bean 'user' and bean 'user'")
			.satisfies(action("Keep one ModelDefinition bean per entity."));
	}

	@Test
	void twoModelsWithTheSameNameAreRejected() {
		assertInvalid(ModelDefinition.of(User.class), ModelDefinition.of(Other.User.class))
			.withMessage("Several models are named User: in bean 'user' and bean 'user'");
	}

	@Test
	void allProblemsOfAStageAreReportedTogether() {
		assertInvalid(ModelDefinition.of(Note.class), ModelDefinition.of(Localized.class))
			.withMessage("2 problems in the model definitions: Localized.locale has type java.util.Locale, which has "
					+ "no PostgreSQL column type; Note has no @Id property")
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::description).hasSize(2));
	}

	private static ThrowableAssertAlternative<InvalidModelException> assertInvalid(ModelDefinition<?>... definitions) {
		return assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> Models.derive(definitions));
	}

	private static java.util.function.Consumer<InvalidModelException> action(String action) {
		return (ex) -> assertThat(ex.getProblems()).extracting(ModelProblem::action).containsExactly(action);
	}

	@Table("users")
	record User(@Id Long id, String name, String email) {
	}

	@Table("versions")
	record Versioned(@Id Long id, String xmin) {
	}

	@Table("places")
	record Located(@Id Long id, @Column("ctid") String position) {
	}

	@Table("pg_class_notes")
	record Catalogued(@Id Long id) {
	}

	@Table("flyway_schema_history")
	record History(@Id Long id) {
	}

	@Table("users")
	record Member(@Id Long id) {
	}

	@Table("profiles")
	record Profile(@Id Long id) {
	}

	@Table("employees")
	record Employee(@Id Long id) {
	}

	record Note(String text) {
	}

	@Table("users; drop table x")
	record Hostile(@Id Long id) {
	}

	@Table("us\u00e9rs")
	record Accented(@Id Long id) {
	}

	record HostileColumn(@Id Long id, @Column("x\"; drop table users; --") String name) {
	}

	record Owner(@Id Long id, Profile profile) {
	}

	record Embedding(@Id Long id, @Embedded.Nullable Profile profile) {
	}

	record Localized(@Id Long id, Locale locale) {
	}

	record Tagged(@Id Long id, List<String> tags) {
	}

	record Line(String product) {
	}

	@Table("orders")
	record Order(@Id Long id, Set<Line> lines) {
	}

	record Code(String value) {

	}

	record Coded(@Id Long id, Code code) {

	}

	record Stamped(@Id Long id, java.time.Instant createdAt, @ReadOnlyProperty java.time.Instant updatedAt) {
	}

	static final class Other {

		record User(@Id Long id) {
		}

	}

}
