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

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import io.github.associations.replica.ReadReplicaRoutingDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Wraps the application's primary {@link DataSource} bean in a
 * {@link ReadReplicaRoutingDataSource} with the {@link ReadReplica @ReadReplica} one, so
 * that everything that uses the {@code DataSource} (transaction managers, JDBC templates,
 * repositories) routes. The primary is the only {@code DataSource} that is a default
 * candidate and no replica, or else the {@code @Primary} one. An
 * {@link AbstractRoutingDataSource} is the application's own routing and is left as it
 * is.
 * <p>
 * Unordered, so that it runs after the ordered post-processors that decorate each
 * {@code DataSource} (with metrics or statement logging), and after the unordered ones of
 * the application, which are registered before auto-configurations: it routes between the
 * decorated primary and replica. Startup fails when the primary was created too early to
 * be wrapped.
 */
final class ReadReplicaDataSourcePostProcessor
		implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ReadReplicaDataSourcePostProcessor.class);

	private static final boolean HIKARI_PRESENT = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
			ReadReplicaDataSourcePostProcessor.class.getClassLoader());

	private @Nullable ConfigurableListableBeanFactory beanFactory;

	private volatile boolean primaryProcessed;

	private volatile boolean primaryFound;

	private volatile @Nullable String primaryBeanName;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		Assert.isInstanceOf(ConfigurableListableBeanFactory.class, beanFactory,
				"A read replica needs a ConfigurableListableBeanFactory");
		this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (!(bean instanceof DataSource dataSource) || !beanName.equals(primaryBeanName())) {
			return bean;
		}
		this.primaryProcessed = true;
		if (bean instanceof ReadReplicaRoutingDataSource) {
			return bean;
		}
		if (isWrapperFor(dataSource, AbstractRoutingDataSource.class)) {
			logger.warn("DataSource '" + beanName + "' is an AbstractRoutingDataSource, which routes by itself: "
					+ "the read replica of associations.read-replica or @ReadReplica is not used, though its pool "
					+ "is created");
			return bean;
		}
		DataSource replica = replica();
		if (HIKARI_PRESENT) {
			HikariPools.checkSameDefaults(dataSource, replica);
		}
		return new ReadReplicaRoutingDataSource(dataSource, replica);
	}

	@Override
	public void afterSingletonsInstantiated() {
		String primary = primaryBeanName();
		// a lazy primary is created, and wrapped, when first used
		if (primary != null && !this.primaryProcessed && beanFactory().containsSingleton(primary)) {
			throw new IllegalStateException("A read replica is configured, but DataSource '" + primary
					+ "' was created before it could be wrapped to route to it, by a bean that a "
					+ "BeanPostProcessor depends on. Make that BeanPostProcessor's @Bean method static, or have it "
					+ "take an ObjectProvider<DataSource> instead of the DataSource.");
		}
	}

	/**
	 * Return the name of the primary, found once: the bean definitions are frozen by the
	 * time beans are post-processed.
	 */
	private @Nullable String primaryBeanName() {
		if (!this.primaryFound) {
			this.primaryBeanName = findPrimaryBeanName();
			this.primaryFound = true;
		}
		return this.primaryBeanName;
	}

	private @Nullable String findPrimaryBeanName() {
		ConfigurableListableBeanFactory beanFactory = beanFactory();
		List<String> replicas = Arrays.asList(ReadReplicaConditions.replicaBeanNames(beanFactory));
		List<String> candidates = Arrays.stream(beanFactory.getBeanNamesForType(DataSource.class, true, false))
			.filter((name) -> !replicas.contains(name) && isDefaultCandidate(beanFactory, name))
			.toList();
		if (candidates.size() <= 1) {
			return candidates.isEmpty() ? null : candidates.get(0);
		}
		List<String> primaries = candidates.stream()
			.filter((name) -> beanFactory.containsBeanDefinition(name)
					&& beanFactory.getBeanDefinition(name).isPrimary())
			.toList();
		if (primaries.size() != 1) {
			throw new IllegalStateException("A read replica is configured, but the DataSource to route is ambiguous: "
					+ "found " + candidates + ". Mark the primary one @Primary, or declare the others with "
					+ "@Bean(defaultCandidate = false).");
		}
		return primaries.get(0);
	}

	private DataSource replica() {
		ConfigurableListableBeanFactory beanFactory = beanFactory();
		String[] replicas = ReadReplicaConditions.replicaBeanNames(beanFactory);
		if (replicas.length != 1) {
			throw new IllegalStateException("Expected one @ReadReplica DataSource but found "
					+ ((replicas.length == 0) ? "none" : Arrays.toString(replicas))
					+ ". Define one, or set associations.read-replica.url with HikariCP on the classpath.");
		}
		return beanFactory.getBean(replicas[0], DataSource.class);
	}

	private static boolean isWrapperFor(DataSource dataSource, Class<?> type) {
		try {
			return dataSource.isWrapperFor(type);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private ConfigurableListableBeanFactory beanFactory() {
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		Assert.state(beanFactory != null, "BeanFactory not set");
		return beanFactory;
	}

	private static boolean isDefaultCandidate(ConfigurableListableBeanFactory beanFactory, String name) {
		if (!beanFactory.containsBeanDefinition(name)) {
			return true;
		}
		BeanDefinition definition = beanFactory.getBeanDefinition(name);
		return definition.isAutowireCandidate() && (!(definition instanceof AbstractBeanDefinition abstractDefinition)
				|| abstractDefinition.isDefaultCandidate());
	}

}
