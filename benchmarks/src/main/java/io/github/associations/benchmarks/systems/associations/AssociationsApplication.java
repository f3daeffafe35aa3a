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
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

import static io.github.associations.model.AssociationOption.as;
import static io.github.associations.model.AssociationOption.through;
import static io.github.associations.model.AttributeOption.notNull;
import static io.github.associations.model.AttributeOption.unique;

/**
 * The application of the association repositories: the models, whose migration is
 * committed in {@code src/main/resources/db/migration} and checked at startup, and an
 * observation registry for the observed variants.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = { HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class })
@EnableJdbcRepositories(basePackageClasses = AssociationsApplication.class)
public class AssociationsApplication {

	/**
	 * The property that gives the application an observation registry:
	 * {@code no-handlers} for one that observes nothing, {@code timers} for one that
	 * records Micrometer timers, as Spring Boot's actuator sets it up.
	 */
	public static final String OBSERVATIONS = "benchmarks.observations";

	@Bean
	@ConditionalOnProperty(OBSERVATIONS)
	ObservationRegistry observationRegistry(Environment environment) {
		ObservationRegistry registry = ObservationRegistry.create();
		if ("timers".equals(environment.getProperty(OBSERVATIONS))) {
			registry.observationConfig()
				.observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		}
		return registry;
	}

	@Bean
	ModelDefinition<User> userModel() {
		return ModelDefinition.of(User.class)
			.attribute("username", notNull())
			.attribute("email", notNull())
			.hasOne(Profile.class)
			.hasMany(Post.class);
	}

	@Bean
	ModelDefinition<Profile> profileModel() {
		return ModelDefinition.of(Profile.class).attribute("bio", notNull()).belongsTo(User.class);
	}

	@Bean
	ModelDefinition<Post> postModel() {
		return ModelDefinition.of(Post.class)
			.attribute("title", notNull())
			.attribute("body", notNull())
			.belongsTo(User.class, as("author"))
			.belongsToMany(Tag.class, through("post_tags"));
	}

	@Bean
	ModelDefinition<Tag> tagModel() {
		return ModelDefinition.of(Tag.class).attribute("name", notNull(), unique());
	}

}
