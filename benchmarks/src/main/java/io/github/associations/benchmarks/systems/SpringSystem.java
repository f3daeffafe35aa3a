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

package io.github.associations.benchmarks.systems;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.associations.benchmarks.counting.CountingDataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A system that runs in a Spring Boot application over a benchmark's data source.
 */
public abstract class SpringSystem implements BenchmarkedSystem {

	private static final List<String> COMMON_PROPERTIES = List.of("spring.main.banner-mode=off",
			"spring.main.log-startup-info=false", "logging.level.root=warn", "spring.jmx.enabled=false");

	private final CountingDataSource dataSource;

	private final ConfigurableApplicationContext context;

	/**
	 * Start the system's application.
	 * @param dataSource the data source
	 * @param application the application's configuration class
	 * @param properties further properties, as {@code name=value}
	 */
	protected SpringSystem(CountingDataSource dataSource, Class<?> application, String... properties) {
		this.dataSource = dataSource;
		this.context = start(application, dataSource, properties);
	}

	/**
	 * Start an application whose {@code DataSource} is the given one; Spring Boot's own
	 * data source configuration backs off.
	 */
	private static ConfigurableApplicationContext start(Class<?> application, CountingDataSource dataSource,
			String... properties) {
		List<String> all = new ArrayList<>(COMMON_PROPERTIES);
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("dataSource",
					DataSource.class, () -> dataSource))
			.run();
	}

	@Override
	public final CountingDataSource dataSource() {
		return this.dataSource;
	}

	protected final <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * Return a template for the system's transactions.
	 * @param readOnly whether the transactions only read
	 * @return the template
	 */
	protected final TransactionTemplate transactions(boolean readOnly) {
		TransactionTemplate transactions = new TransactionTemplate(bean(PlatformTransactionManager.class));
		transactions.setReadOnly(readOnly);
		return transactions;
	}

	@Override
	public final void close() {
		this.context.close();
		this.dataSource.close();
	}

}
