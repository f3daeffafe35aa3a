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

package io.github.associations.benchmarks.systems.hibernatetags;

import io.github.associations.autoconfigure.AssociationMigrationsAutoConfiguration;
import io.github.associations.autoconfigure.AssociationRepositoriesAutoConfiguration;
import io.github.associations.autoconfigure.AssociationsAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The Spring Data JPA application of posts and their tags; the tuned system starts it
 * with its own settings.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = { DataJdbcRepositoriesAutoConfiguration.class, FlywayAutoConfiguration.class,
		AssociationsAutoConfiguration.class, AssociationMigrationsAutoConfiguration.class,
		AssociationRepositoriesAutoConfiguration.class })
@EntityScan(basePackageClasses = HibernateTagsApplication.class)
@EnableJpaRepositories(basePackageClasses = HibernateTagsApplication.class)
public class HibernateTagsApplication {

}
