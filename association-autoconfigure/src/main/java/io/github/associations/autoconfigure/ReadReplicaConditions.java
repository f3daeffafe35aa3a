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

import java.util.Arrays;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The conditions of {@link ReadReplicaAutoConfiguration}: whether the application has a
 * read replica, and whether the starter makes its pool from
 * {@code associations.read-replica.url} or a {@link ReadReplica @ReadReplica}
 * {@link JdbcConnectionDetails}. Evaluated when beans are registered, as bean conditions
 * are, so that the application's beans are seen. Not {@code @ConditionalOnBean}, which
 * leaves out beans that are no default candidates, as a {@code @ReadReplica DataSource}
 * is.
 */
final class ReadReplicaConditions {

	static final String URL_PROPERTY = "associations.read-replica.url";

	private static final String CONNECTION = URL_PROPERTY + " or a @ReadReplica JdbcConnectionDetails";

	private ReadReplicaConditions() {
	}

	/**
	 * Return the names of the application's {@link ReadReplica @ReadReplica}
	 * {@link DataSource} beans.
	 * @param beanFactory the bean factory
	 * @return the bean names, in the order they were defined
	 */
	static String[] replicaBeanNames(ConfigurableListableBeanFactory beanFactory) {
		return replicaBeanNames(beanFactory, DataSource.class);
	}

	private static String[] replicaBeanNames(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
		return Arrays.stream(beanFactory.getBeanNamesForType(type, true, false))
			.filter((name) -> beanFactory.findAnnotationOnBean(name, ReadReplica.class, false) != null)
			.toArray(String[]::new);
	}

	/**
	 * A condition on the application's {@link ReadReplica @ReadReplica}
	 * {@code DataSource} beans and on what the starter's own replica pool would connect
	 * to: {@code associations.read-replica.url} or a {@code @ReadReplica}
	 * {@code JdbcConnectionDetails}.
	 */
	abstract static class ReadReplicaCondition extends SpringBootCondition implements ConfigurationCondition {

		@Override
		public ConfigurationPhase getConfigurationPhase() {
			return ConfigurationPhase.REGISTER_BEAN;
		}

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			String[] beans = (beanFactory != null) ? replicaBeanNames(beanFactory) : new String[0];
			boolean connection = StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY))
					|| (beanFactory != null && replicaBeanNames(beanFactory, JdbcConnectionDetails.class).length > 0);
			return outcome(beans, connection);
		}

		abstract ConditionOutcome outcome(String[] replicaBeans, boolean connection);

	}

	/**
	 * Matches when the application defines a {@link ReadReplica @ReadReplica}
	 * {@code DataSource}, or {@code associations.read-replica.url} has text, or the
	 * application defines a {@code @ReadReplica JdbcConnectionDetails}.
	 */
	static final class Configured extends ReadReplicaCondition {

		@Override
		ConditionOutcome outcome(String[] replicaBeans, boolean connection) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Read replica");
			if (replicaBeans.length > 0) {
				return ConditionOutcome.match(message.found("@ReadReplica DataSource").items(replicaBeans));
			}
			return connection ? ConditionOutcome.match(message.because(CONNECTION + " is there")) : ConditionOutcome
				.noMatch(message.because("neither " + CONNECTION + " nor a @ReadReplica " + "DataSource is there"));
		}

	}

	/**
	 * Matches when {@code associations.read-replica.url} has text or the application
	 * defines a {@code @ReadReplica JdbcConnectionDetails}, and it defines no
	 * {@link ReadReplica @ReadReplica} {@code DataSource} of its own.
	 */
	static final class FromConnection extends ReadReplicaCondition {

		@Override
		ConditionOutcome outcome(String[] replicaBeans, boolean connection) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Read replica pool");
			if (replicaBeans.length > 0) {
				return ConditionOutcome.noMatch(message.found("@ReadReplica DataSource").items(replicaBeans));
			}
			return connection ? ConditionOutcome.match(message.because(CONNECTION + " is there"))
					: ConditionOutcome.noMatch(message.because(CONNECTION + " is not there"));
		}

	}

}
