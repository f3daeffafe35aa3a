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

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.associations.replica.ReadReplicaRoutingDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@link ReadReplicaAutoConfiguration} wraps the application's {@code DataSource},
 * and with which replica. None of these contexts connects to a database.
 */
class ReadReplicaAutoConfigurationTests {

	private static final String PRIMARY_URL = "jdbc:postgresql://primary.example:5432/app";

	private static final String REPLICA_URL = "jdbc:postgresql://replica.example:5432/app";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				ReadReplicaAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + PRIMARY_URL, "spring.datasource.username=app",
				"spring.datasource.password=secret");

	@Test
	void withoutAReplicaTheDataSourceIsLeftAsItIs() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(ReadReplicaDataSourcePostProcessor.class)
			.getBean(DataSource.class)
			.isInstanceOf(HikariDataSource.class));
	}

	@Test
	void aBlankUrlIsNoReplica() {
		this.contextRunner.withPropertyValues("associations.read-replica.url= ")
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(DataSource.class)
				.isInstanceOf(HikariDataSource.class));
	}

	@Test
	void aReplicaUrlRoutesTheDataSourceThatEverythingUsesToAReadOnlyPoolWithThePrimarysCredentials() {
		this.contextRunner.withPropertyValues("associations.read-replica.url=" + REPLICA_URL).run((context) -> {
			assertThat(context).hasNotFailed();
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(dataSource).isInstanceOf(ReadReplicaRoutingDataSource.class);
			assertThat(context.getBean(JdbcTemplate.class).getDataSource()).isSameAs(dataSource);
			assertThat(context.getBean(DataSourceTransactionManager.class).getDataSource()).isSameAs(dataSource);
			ReadReplicaRoutingDataSource routing = (ReadReplicaRoutingDataSource) dataSource;
			assertThat(routing.getPrimary()).isInstanceOfSatisfying(HikariDataSource.class,
					(primary) -> assertThat(primary.getJdbcUrl()).isEqualTo(PRIMARY_URL));
			assertThat(routing.getReplica()).isInstanceOfSatisfying(HikariDataSource.class, (replica) -> {
				assertThat(replica.getJdbcUrl()).isEqualTo(REPLICA_URL);
				assertThat(replica.isReadOnly()).isTrue();
				assertThat(replica.getPoolName()).isEqualTo("associations-read-replica");
				assertThat(replica.getUsername()).isEqualTo("app");
				assertThat(replica.getPassword()).isEqualTo("secret");
			});
			assertThat(dataSource.unwrap(HikariDataSource.class)).isSameAs(routing.getPrimary());
		});
	}

	@Test
	void theReplicasOwnCredentialsAndPoolSettingsApply() {
		this.contextRunner
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL,
					"associations.read-replica.username=reader", "associations.read-replica.password=other",
					"associations.read-replica.hikari.maximum-pool-size=3")
			.run((context) -> assertThat(
					((ReadReplicaRoutingDataSource) context.getBean(DataSource.class)).getReplica())
				.isInstanceOfSatisfying(HikariDataSource.class, (replica) -> {
					assertThat(replica.getUsername()).isEqualTo("reader");
					assertThat(replica.getPassword()).isEqualTo("other");
					assertThat(replica.getMaximumPoolSize()).isEqualTo(3);
				}));
	}

	@Test
	void anApplicationsReadReplicaDataSourceTakesThePlaceOfTheUrls() {
		this.contextRunner.withUserConfiguration(OwnReplica.class)
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean("associationsReadReplicaDataSource");
				assertThat(((ReadReplicaRoutingDataSource) context.getBean(DataSource.class)).getReplica())
					.isSameAs(context.getBean("ownReplica"));
			});
	}

	@Test
	void anApplicationsReadReplicaConnectionDetailsTakeThePlaceOfTheUrl() {
		this.contextRunner.withUserConfiguration(OwnReplicaConnection.class)
			.withPropertyValues("associations.read-replica.url=jdbc:postgresql://ignored.example:5432/app")
			.run((context) -> {
				ReadReplicaRoutingDataSource routing = (ReadReplicaRoutingDataSource) context.getBean(DataSource.class);
				assertThat(routing.getPrimary()).isInstanceOfSatisfying(HikariDataSource.class,
						(primary) -> assertThat(primary.getJdbcUrl()).isEqualTo(PRIMARY_URL));
				assertThat(routing.getReplica()).isInstanceOfSatisfying(HikariDataSource.class, (replica) -> {
					assertThat(replica.getJdbcUrl()).isEqualTo(REPLICA_URL);
					assertThat(replica.getUsername()).isEqualTo("reader");
					assertThat(replica.getPassword()).isEqualTo("details");
					assertThat(replica.isReadOnly()).isTrue();
				});
			});
	}

	@Test
	void anApplicationsReadReplicaDataSourceAloneIsEnough() {
		this.contextRunner.withUserConfiguration(OwnReplica.class)
			.run((context) -> assertThat(
					((ReadReplicaRoutingDataSource) context.getBean(DataSource.class)).getReplica())
				.isSameAs(context.getBean("ownReplica")));
	}

	@Test
	void anAbstractRoutingDataSourceRoutesByItselfAndIsLeftAsItIs() {
		this.contextRunner.withUserConfiguration(OwnRouting.class)
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> assertThat(context.getBean(DataSource.class)).isInstanceOf(ReadOnlyRouting.class));
	}

	@Test
	void aLazyConnectionDataSourceProxyWithoutReplicaRoutes() {
		this.contextRunner.withUserConfiguration(OwnLazyConnections.class)
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> assertThat(context.getBean(DataSource.class)).isInstanceOfSatisfying(
					ReadReplicaRoutingDataSource.class,
					(routing) -> assertThat(routing.getPrimary()).isInstanceOf(LazyConnectionDataSourceProxy.class)));
	}

	@Test
	void anApplicationsOwnRoutingDataSourceIsLeftAsItIs() {
		this.contextRunner.withUserConfiguration(OwnReplica.class, OwnReplicaRouting.class)
			.run((context) -> assertThat(context.getBean(DataSource.class))
				.isSameAs(context.getBean(OwnReplicaRouting.class).routing));
	}

	@Test
	void isolationLevelsNamedDifferentlyAreTheSame() {
		this.contextRunner
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL,
					"spring.datasource.hikari.transaction-isolation=TRANSACTION_REPEATABLE_READ",
					"associations.read-replica.hikari.transaction-isolation=4")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL,
					"spring.datasource.hikari.transaction-isolation=TRANSACTION_REPEATABLE_READ",
					"associations.read-replica.hikari.transaction-isolation=TRANSACTION_SERIALIZABLE")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void aLazyPrimaryRoutesWhenFirstUsed() {
		this.contextRunner.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.withInitializer(
					(context) -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.run((context) -> assertThat(context.getBean(DataSource.class))
				.isInstanceOf(ReadReplicaRoutingDataSource.class));
	}

	@Test
	void aPrimaryCreatedBeforeItCouldBeWrappedFailsWithWhatToDo() {
		this.contextRunner.withUserConfiguration(EarlyDataSource.class)
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageStartingWith("A read replica is configured, but DataSource 'dataSource' was created before "
						+ "it could be wrapped"));
	}

	@Test
	void thePrimaryPoolClosesWithTheContext() {
		AtomicReference<DataSource> primary = new AtomicReference<>();
		this.contextRunner.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> primary
				.set(((ReadReplicaRoutingDataSource) context.getBean(DataSource.class)).getPrimary()));
		assertThat(primary.get()).isInstanceOfSatisfying(HikariDataSource.class,
				(pool) -> assertThat(pool.isClosed()).isTrue());
	}

	@Test
	void poolsWithOtherAutoCommitDefaultsFailWithWhatToDo() {
		this.contextRunner
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL,
					"spring.datasource.hikari.auto-commit=false")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("The read replica's pool must hand out connections like the primary's: the primary's "
						+ "have auto-commit false and isolation the driver's default, the replica's auto-commit true "
						+ "and isolation the driver's default. Set associations.read-replica.hikari.auto-commit and "
						+ "transaction-isolation (or those of the @ReadReplica DataSource) to the primary's."));
		this.contextRunner
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL,
					"spring.datasource.hikari.auto-commit=false", "associations.read-replica.hikari.auto-commit=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void severalDataSourcesWithoutAPrimaryOneFailWithWhatToDo() {
		this.contextRunner.withUserConfiguration(TwoDataSources.class)
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("A read replica is configured, but the DataSource to route is ambiguous: found [first, "
						+ "second]. Mark the primary one @Primary, or declare the others with "
						+ "@Bean(defaultCandidate = false)."));
	}

	@Test
	void ofSeveralDataSourcesThePrimaryOneRoutes() {
		this.contextRunner.withUserConfiguration(TwoDataSources.class, PrimaryDataSource.class)
			.withPropertyValues("associations.read-replica.url=" + REPLICA_URL)
			.run((context) -> {
				assertThat(context.getBean("third")).isInstanceOf(ReadReplicaRoutingDataSource.class);
				assertThat(context.getBean("first")).isInstanceOf(SimpleDriverDataSource.class);
			});
	}

	private static DataSource dataSource(String url) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), url);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnReplica {

		@Bean(defaultCandidate = false)
		@ReadReplica
		DataSource ownReplica() {
			return dataSource(REPLICA_URL);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnReplicaConnection {

		@Bean(defaultCandidate = false)
		@ReadReplica
		JdbcConnectionDetails replicaConnection() {
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return REPLICA_URL;
				}

				@Override
				public String getUsername() {
					return "reader";
				}

				@Override
				public String getPassword() {
					return "details";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRouting {

		@Bean
		DataSource dataSource() {
			ReadOnlyRouting routing = new ReadOnlyRouting();
			routing.setTargetDataSources(Map.of(false, ReadReplicaAutoConfigurationTests.dataSource(PRIMARY_URL), true,
					ReadReplicaAutoConfigurationTests.dataSource(REPLICA_URL)));
			return routing;
		}

	}

	static class ReadOnlyRouting extends AbstractRoutingDataSource {

		@Override
		protected Object determineCurrentLookupKey() {
			return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnLazyConnections {

		@Bean
		DataSource dataSource() {
			LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy();
			lazy.setTargetDataSource(ReadReplicaAutoConfigurationTests.dataSource(PRIMARY_URL));
			// known defaults: no connection at startup
			lazy.setDefaultAutoCommit(true);
			lazy.setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			return lazy;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EarlyDataSource {

		@Bean
		DataSource dataSource() {
			return ReadReplicaAutoConfigurationTests.dataSource(PRIMARY_URL);
		}

		@Bean
		BeanPostProcessor dependsOnTheDataSource(DataSource dataSource) {
			return new BeanPostProcessor() {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnReplicaRouting {

		final ReadReplicaRoutingDataSource routing = new ReadReplicaRoutingDataSource(
				ReadReplicaAutoConfigurationTests.dataSource(PRIMARY_URL),
				ReadReplicaAutoConfigurationTests.dataSource(REPLICA_URL));

		@Bean
		DataSource dataSource() {
			return this.routing;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		DataSource first() {
			return dataSource(PRIMARY_URL);
		}

		@Bean
		DataSource second() {
			return dataSource(PRIMARY_URL);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrimaryDataSource {

		@Bean
		@Primary
		DataSource third() {
			return dataSource(PRIMARY_URL);
		}

	}

}
