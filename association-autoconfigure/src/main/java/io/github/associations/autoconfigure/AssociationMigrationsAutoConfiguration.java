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

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.associations.migration.MigrationSettings;
import io.github.associations.migration.Migrations;
import io.github.associations.schema.Schema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the Flyway migrations generated
 * from the model definitions: validates them at startup by default, writes new ones in
 * write mode before Flyway migrates, and adds their location to Flyway's unless Flyway's
 * locations already cover it.
 */
@AutoConfiguration(after = AssociationsAutoConfiguration.class, before = FlywayAutoConfiguration.class)
@ConditionalOnClass({ Flyway.class, FlywayConfigurationCustomizer.class })
@ConditionalOnBean(Schema.class)
@EnableConfigurationProperties(AssociationsProperties.class)
public final class AssociationMigrationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Migrations associationsMigrationWorkflow(Schema schema, AssociationsProperties properties,
			ApplicationContext context) {
		ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
				: ClassUtils.getDefaultClassLoader();
		AssociationsProperties.Migrations migrations = properties.getMigrations();
		File sourceDirectory = migrations.getSourceDirectory();
		MigrationSettings settings = new MigrationSettings(migrations.getLocation(),
				(sourceDirectory != null) ? sourceDirectory.toPath() : null, migrations.isAllowDestructiveChanges());
		return new Migrations(schema, settings, applicationClass(context), classLoader);
	}

	@Bean
	@ConditionalOnMissingBean
	AssociationMigrations associationMigrations(Schema schema, Migrations migrations, AssociationsProperties properties,
			ObjectProvider<Flyway> flyway, ObjectProvider<FlywayMigrationStrategy> migrationStrategy) {
		return new AssociationMigrations(schema, migrations, properties.getMigrations().getMode(), flyway,
				migrationStrategy);
	}

	@Bean
	static FlywayInitializerOrdering associationsFlywayInitializerOrdering() {
		return new FlywayInitializerOrdering();
	}

	@Bean
	FlywayConfigurationCustomizer associationsFlywayLocation(AssociationsProperties properties) {
		String location = Migrations.flywayLocation(properties.getMigrations().getLocation());
		return (configuration) -> {
			Location[] locations = configuration.getLocations();
			if (Arrays.stream(locations).noneMatch((existing) -> covers(existing.getDescriptor(), location))) {
				List<String> descriptors = new ArrayList<>();
				Arrays.stream(locations).forEach((existing) -> descriptors.add(existing.getDescriptor()));
				descriptors.add(location);
				configuration.locations(descriptors.toArray(String[]::new));
			}
		};
	}

	/**
	 * Return whether a Flyway location is, or holds, another: the same prefix, and a path
	 * that is the other's or one of its parents.
	 */
	static boolean covers(String location, String other) {
		int colon = location.indexOf(':');
		int otherColon = other.indexOf(':');
		if (colon < 0 || otherColon < 0 || !location.substring(0, colon).equals(other.substring(0, otherColon))) {
			return false;
		}
		String path = trimSlashes(location.substring(colon + 1));
		String otherPath = trimSlashes(other.substring(otherColon + 1));
		return otherPath.equals(path) || path.isEmpty() || otherPath.startsWith(path + "/");
	}

	private static String trimSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(start, end);
	}

	private static @Nullable Class<?> applicationClass(ApplicationContext context) {
		String[] names = context.getBeanNamesForAnnotation(SpringBootConfiguration.class);
		Class<?> type = (names.length > 0) ? context.getType(names[0]) : null;
		return (type != null) ? ClassUtils.getUserClass(type) : null;
	}

}
