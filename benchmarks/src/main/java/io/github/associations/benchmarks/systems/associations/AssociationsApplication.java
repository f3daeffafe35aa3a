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

package io.github.associations.benchmarks.systems.associations;

import io.github.associations.model.ModelDefinition;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

import static io.github.associations.model.AttributeOption.notNull;

/**
 * The application of the association repositories: the models, whose migration is
 * committed in {@code src/main/resources/db/migration} and checked at startup.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = { HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class })
@EnableJdbcRepositories(basePackageClasses = AssociationsApplication.class)
public class AssociationsApplication {

	@Bean
	ModelDefinition<User> userModel() {
		return ModelDefinition.of(User.class)
			.attribute("username", notNull())
			.attribute("email", notNull())
			.hasOne(Profile.class);
	}

	@Bean
	ModelDefinition<Profile> profileModel() {
		return ModelDefinition.of(Profile.class).attribute("bio", notNull()).belongsTo(User.class);
	}

}
