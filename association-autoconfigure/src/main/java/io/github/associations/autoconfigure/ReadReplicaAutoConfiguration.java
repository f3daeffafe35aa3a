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

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.associations.replica.ReadReplicaRoutingDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that sends the application's
 * read-only work to a read replica. When {@code associations.read-replica.url} is set, or
 * the application defines a {@link ReadReplica @ReadReplica} {@link DataSource} or
 * {@link JdbcConnectionDetails}, the application's {@code DataSource} is wrapped in a
 * {@link ReadReplicaRoutingDataSource}: read-only transactions and the repositories'
 * reads outside a transaction use the replica, everything else (Flyway's migrations,
 * writes and reads in read-write transactions) the primary. Backs off for a
 * {@code DataSource} that routes by itself.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ LazyConnectionDataSourceProxy.class, JdbcConnectionDetails.class })
@Conditional(ReadReplicaConditions.Configured.class)
@EnableConfigurationProperties(AssociationsProperties.class)
public final class ReadReplicaAutoConfiguration {

	@Bean
	static ReadReplicaDataSourcePostProcessor readReplicaDataSourcePostProcessor() {
		return new ReadReplicaDataSourcePostProcessor();
	}

	/**
	 * The replica's pool: Hikari, of read-only connections, configured under
	 * {@code associations.read-replica.hikari}, connecting to a
	 * {@link ReadReplica @ReadReplica} {@link JdbcConnectionDetails} or else to
	 * {@code associations.read-replica.url}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HikariDataSource.class)
	@Conditional(ReadReplicaConditions.FromConnection.class)
	static class ReadReplicaPoolConfiguration {

		static final String POOL_NAME = "associations-read-replica";

		@Bean(defaultCandidate = false)
		@ReadReplica
		@ConfigurationProperties("associations.read-replica.hikari")
		HikariDataSource associationsReadReplicaDataSource(AssociationsProperties properties,
				@ReadReplica ObjectProvider<JdbcConnectionDetails> replica,
				ObjectProvider<JdbcConnectionDetails> primary) {
			JdbcConnectionDetails connection = replica
				.getIfAvailable(() -> new PropertiesReadReplicaConnectionDetails(properties.getReadReplica(),
						primary.getIfAvailable()));
			HikariDataSource dataSource = DataSourceBuilder.create(getClass().getClassLoader())
				.type(HikariDataSource.class)
				.driverClassName(connection.getDriverClassName())
				.url(connection.getJdbcUrl())
				.username(connection.getUsername())
				.password(connection.getPassword())
				.build();
			dataSource.setPoolName(POOL_NAME);
			dataSource.setReadOnly(true);
			return dataSource;
		}

	}

}
