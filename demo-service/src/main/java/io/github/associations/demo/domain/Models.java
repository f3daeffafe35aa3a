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

package io.github.associations.demo.domain;

import io.github.associations.model.ModelDefinition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.associations.model.AssociationOption.allowNull;
import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.foreignKey;
import static io.github.associations.model.AssociationOption.through;
import static io.github.associations.model.AttributeOption.length;
import static io.github.associations.model.AttributeOption.notNull;
import static io.github.associations.model.AttributeOption.unique;

/**
 * The models: {@code User.hasOne(Profile)} with {@code Profile.belongsTo(User)}, one
 * foreign key {@code profiles.user_id}; {@code User.hasOne(Passport)} with a
 * {@code NOT NULL} foreign key {@code passports.holder_id}; and
 * {@code User.hasMany(Post)} with {@code Post.belongsTo(User, as("author"))}, one
 * nullable foreign key {@code posts.author_id}, not unique; and
 * {@code Post.belongsToMany(Tag)} with its inverse, through the junction table
 * {@code post_tags}.
 */
@Configuration(proxyBeanMethods = false)
class Models {

	static final int USERNAME_LENGTH = 40;

	static final int BIO_LENGTH = 500;

	static final int NUMBER_LENGTH = 20;

	static final int TITLE_LENGTH = 200;

	static final int BODY_LENGTH = 10_000;

	static final int TAG_LENGTH = 40;

	@Bean
	ModelDefinition<User> userModel() {
		return ModelDefinition.of(User.class)
			.timestamps()
			.attribute("username", length(USERNAME_LENGTH), notNull(), unique())
			.hasOne(Profile.class)
			.hasOne(Passport.class, as("passport"), foreignKey("holder_id"), allowNull(false))
			.hasMany(Post.class);
	}

	@Bean
	ModelDefinition<Profile> profileModel() {
		return ModelDefinition.of(Profile.class)
			.timestamps()
			.attribute("bio", length(BIO_LENGTH), notNull())
			.belongsTo(User.class);
	}

	@Bean
	ModelDefinition<Post> postModel() {
		return ModelDefinition.of(Post.class)
			.timestamps()
			.attribute("title", length(TITLE_LENGTH), notNull())
			.attribute("body", length(BODY_LENGTH), notNull())
			.belongsTo(User.class, as("author"))
			.belongsToMany(Tag.class, through("post_tags"));
	}

	@Bean
	ModelDefinition<Tag> tagModel() {
		return ModelDefinition.of(Tag.class)
			.timestamps()
			.attribute("name", length(TAG_LENGTH), notNull(), unique())
			.belongsToMany(Post.class, through("post_tags"));
	}

	@Bean
	ModelDefinition<Passport> passportModel() {
		return ModelDefinition.of(Passport.class)
			.timestamps()
			.attribute("number", length(NUMBER_LENGTH), notNull(), unique());
	}

}
