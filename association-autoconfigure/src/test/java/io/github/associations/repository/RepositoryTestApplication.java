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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.associations.model.ModelDefinition;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.constraints;
import static io.github.associations.model.AssociationOption.destroyRemoved;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.otherKey;
import static io.github.associations.model.AssociationOption.targetKey;
import static io.github.associations.model.AssociationOption.through;
import static io.github.associations.model.AssociationOption.unique;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.sqlType;
import static io.github.associations.model.AttributeOption.unique;

/**
 * The models the repository tests use: entities with and without a foreign key property,
 * {@code Long} and {@code UUID} ids, nullable and {@code NOT NULL}, unique and non-unique
 * foreign keys. Every statement sent goes to the {@link StatementLog}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class RepositoryTestApplication {

	static final String MIGRATIONS = "associations.migrations.mode=write";

	static final String LOCATION = "associations.migrations.location=filesystem:target/test-migrations/repositories";

	@Bean
	static StatementLog statementLog() {
		return new StatementLog();
	}

	@Bean
	static BeanPostProcessor statementLogging(StatementLog log) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !beanName.contains("Proxy")) {
					return ProxyDataSourceBuilder.create(dataSource).name("statements").listener(log).build();
				}
				return bean;
			}

		};
	}

	@Bean
	static Saboteur saboteur() {
		return new Saboteur();
	}

	@Bean
	static RelationalEvents relationalEvents() {
		return new RelationalEvents();
	}

	@Bean
	static RelationalCallbacks relationalCallbacks() {
		return new RelationalCallbacks();
	}

	@Bean
	static ProfileConversions profileConversions() {
		return new ProfileConversions();
	}

	@Bean
	ModelDefinition<User> userModel() {
		return ModelDefinition.of(User.class)
			.hasOne(Profile.class)
			.hasOne(Passport.class, as("passport"), foreignKey("holder_id"), allowNull(false))
			.hasOne(Card.class)
			.hasOne(Document.class)
			.hasOne(Ticket.class, constraints(false))
			.hasOne(Licence.class)
			.hasMany(Post.class)
			.hasMany(Comment.class, allowNull(false))
			.hasMany(Note.class, constraints(false), destroyRemoved(true))
			.belongsToMany(Tag.class, as("followedTags"), through(Follow.class));
	}

	@Bean
	ModelDefinition<Ticket> ticketModel() {
		return ModelDefinition.of(Ticket.class).belongsTo(User.class, constraints(false));
	}

	@Bean
	ModelDefinition<Licence> licenceModel() {
		return ModelDefinition.of(Licence.class).belongsTo(User.class);
	}

	@Bean
	ModelDefinition<Clearance> clearanceModel() {
		return ModelDefinition.of(Clearance.class);
	}

	@Bean
	ModelDefinition<Document> documentModel() {
		return ModelDefinition.of(Document.class);
	}

	@Bean
	ModelDefinition<Profile> profileModel() {
		return ModelDefinition.of(Profile.class).belongsTo(User.class);
	}

	@Bean
	ModelDefinition<Passport> passportModel() {
		return ModelDefinition.of(Passport.class);
	}

	@Bean
	ModelDefinition<Post> postModel() {
		return ModelDefinition.of(Post.class)
			.belongsTo(User.class, as("author"))
			.belongsToMany(Tag.class, through("post_tags"))
			.belongsToMany(Tag.class, as("labels"), through("post_labels"), targetKey("name"), otherKey("label"));
	}

	@Bean
	ModelDefinition<Follow> followModel() {
		return ModelDefinition.of(Follow.class).attribute("note", length(5));
	}

	@Bean
	ModelDefinition<Tag> tagModel() {
		return ModelDefinition.of(Tag.class)
			.attribute("name", unique())
			.belongsToMany(Post.class, through("post_tags"))
			.belongsToMany(Tag.class, as("related"), through("related_tags"), foreignKey("tag_id"),
					otherKey("related_id"));
	}

	@Bean
	ModelDefinition<Comment> commentModel() {
		return ModelDefinition.of(Comment.class);
	}

	@Bean
	ModelDefinition<Gadget> gadgetModel() {
		return ModelDefinition.of(Gadget.class);
	}

	@Bean
	ModelDefinition<Specimen> specimenModel() {
		return ModelDefinition.of(Specimen.class).attribute("code", sqlType("text"));
	}

	@Bean
	ModelDefinition<Excavation> excavationModel() {
		return ModelDefinition.of(Excavation.class).attribute("tags", sqlType("text[]"));
	}

	@Bean
	JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect) {
		return JdbcCustomConversions.of(dialect, List.of(new Specimen.CodeReader(), new Specimen.CodeWriter()));
	}

	@Bean
	ModelDefinition<Note> noteModel() {
		return ModelDefinition.of(Note.class);
	}

	@Bean
	ModelDefinition<Card> cardModel() {
		return ModelDefinition.of(Card.class).belongsTo(User.class, as("owner"));
	}

	@Bean
	ModelDefinition<Badge> badgeModel() {
		return ModelDefinition.of(Badge.class).belongsTo(User.class, as("holder"), allowNull(false));
	}

	@Bean
	ModelDefinition<Account> accountModel() {
		return ModelDefinition.of(Account.class)
			.hasOne(Wallet.class)
			.hasMany(Specimen.class)
			.hasMany(Gadget.class)
			.belongsToMany(Tag.class, through("account_tags"));
	}

	@Bean
	ModelDefinition<Wallet> walletModel() {
		return ModelDefinition.of(Wallet.class).belongsTo(Account.class);
	}

	@Bean
	ModelDefinition<Team> teamModel() {
		return ModelDefinition.of(Team.class)
			.hasOne(Member.class, unique(false))
			.hasOne(Member.class, as("captain"), foreignKey("captain_of_id"));
	}

	@Bean
	ModelDefinition<Member> memberModel() {
		return ModelDefinition.of(Member.class).belongsTo(Team.class, unique(false)).hasOne(Clearance.class);
	}

	@Table("users")
	record User(@Id Long id, String username) {
	}

	@Table("profiles")
	record Profile(@Id Long id, String bio) {
	}

	@Table("passports")
	record Passport(@Id Long id, String number, @Embedded.Nullable(prefix = "issuer_") Issuer issuer) {

	}

	record Issuer(String country, String office) {
	}

	@Table("documents_with_names_as_long_as_postgresql_allows_sixty_three")
	record Document(@Id Long id,
			@Column("a_column_whose_name_is_as_long_as_postgresql_allows_sixty_three") String text) {
	}

	@Table("cards")
	record Card(@Id Long id, String label, @Column("owner_id") AggregateReference<User, Long> owner) {
	}

	@Table("badges")
	record Badge(@Id Long id, String title) {
	}

	@Table("accounts")
	record Account(@Id UUID id, String name) {
	}

	@Table("wallets")
	record Wallet(@Id UUID id, String currency, UUID accountId) {
	}

	@Table("teams")
	record Team(@Id Long id, String name) {
	}

	@Table("members")
	record Member(@Id Long id, String name) {
	}

	@Table("clearances")
	record Clearance(@Id Long id, String level) {
	}

	@Table("tickets")
	record Ticket(@Id Long id, String code) {
	}

	@Table("posts")
	record Post(@Id Long id, @Version Long version, String title, Long authorId) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("follows")
	record Follow(Long userId, Long tagId, Integer priority, OffsetDateTime since, String note) {
	}

	@Table("comments")
	record Comment(@Id Long id, String text) {
	}

	@Table("notes")
	record Note(@Id Long id, String text) {
	}

	@Table("licences")
	record Licence(@Id Long id, @Version Long version, String code, Long userId) {
	}

}
