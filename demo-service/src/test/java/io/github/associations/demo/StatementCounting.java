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

package io.github.associations.demo;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement the demo sends.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

	@Bean
	static Statements statements() {
		return new Statements();
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource(Statements statements) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource)
						? ProxyDataSourceBuilder.create(dataSource).listener(statements).build() : bean;
			}

		};
	}

	/**
	 * The statements sent, in order.
	 */
	static final class Statements implements QueryExecutionListener {

		private final List<String> sql = new ArrayList<>();

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			queries.forEach((query) -> this.sql.add(query.getQuery()));
		}

		synchronized void clear() {
			this.sql.clear();
		}

		synchronized List<String> sql() {
			return List.copyOf(this.sql);
		}

	}

}
