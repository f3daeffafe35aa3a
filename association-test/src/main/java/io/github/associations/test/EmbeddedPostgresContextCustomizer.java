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

package io.github.associations.test;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * {@link ContextCustomizer} that gives an application context a fresh database of the
 * JVM's {@link SharedPostgresServer}. The database is created when the context first
 * needs a connection and dropped when the context closes; one with a read replica is
 * created with the context, as its URL on the standby is a property.
 */
final class EmbeddedPostgresContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "embeddedPostgresTestDatabase";

	private static final String PROPERTY_SOURCE_NAME = "embeddedPostgresTestDefaults";

	/**
	 * Defaults that any other configuration overrides: slices keep this database, and a
	 * cached context holds one idle connection rather than a full pool.
	 */
	private static final Map<String, Object> DEFAULTS = Map.of("spring.test.database.replace", "none",
			"spring.datasource.hikari.minimum-idle", "1");

	private final boolean readReplica;

	EmbeddedPostgresContextCustomizer(boolean readReplica) {
		this.readReplica = readReplica;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
			throw new IllegalStateException("@AutoConfigureEmbeddedPostgres needs a BeanDefinitionRegistry");
		}
		Map<String, Object> defaults = new HashMap<>(DEFAULTS);
		RootBeanDefinition definition;
		if (this.readReplica) {
			TestDatabase database = TestDatabase.createWithReadReplica();
			definition = new RootBeanDefinition(TestDatabase.class, () -> database);
			defaults.put("associations.read-replica.url", database.getReadReplicaJdbcUrl());
			defaults.put("associations.read-replica.username", database.getUsername());
			defaults.put("associations.read-replica.hikari.minimum-idle", "1");
		}
		else {
			definition = new RootBeanDefinition(TestDatabase.class, () -> SharedPostgresServer.get().createDatabase());
		}
		registry.registerBeanDefinition(BEAN_NAME, definition);
		context.getEnvironment().getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof EmbeddedPostgresContextCustomizer customizer)
				&& (customizer.readReplica == this.readReplica);
	}

	@Override
	public int hashCode() {
		return Boolean.hashCode(this.readReplica);
	}

}
