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

import java.util.concurrent.CompletableFuture;

import io.github.associations.test.sample.SampleApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contexts never share a database: each application context gets its own, also when
 * contexts start in parallel, and the database is dropped when its context closes.
 */
class FreshDatabasePerContextIntegrationTests {

	@Test
	void contextsStartedInParallelGetDatabasesOfTheirOwn() {
		CompletableFuture<ApplicationContext> first = CompletableFuture.supplyAsync(() -> contextOf(First.class));
		CompletableFuture<ApplicationContext> second = CompletableFuture.supplyAsync(() -> contextOf(Second.class));
		JdbcClient firstJdbc = jdbc(first.join());
		JdbcClient secondJdbc = jdbc(second.join());

		firstJdbc.sql("INSERT INTO notes (text) VALUES ('only in the first')").update();

		assertThat(currentDatabase(firstJdbc)).isNotEqualTo(currentDatabase(secondJdbc));
		assertThat(countNotes(firstJdbc, "only in the first")).isOne();
		assertThat(countNotes(secondJdbc, "only in the first")).isZero();
	}

	@Test
	void testClassesWithTheSameConfigurationShareTheCachedContextAndItsDatabase() {
		ApplicationContext first = contextOf(First.class);
		ApplicationContext sameAsFirst = contextOf(SameAsFirst.class);
		assertThat(sameAsFirst).isSameAs(first);
		assertThat(currentDatabase(jdbc(sameAsFirst))).isEqualTo(currentDatabase(jdbc(first)));
	}

	@Test
	void theDatabaseIsDroppedWhenItsContextCloses() {
		TestContextManager closing = new TestContextManager(Closing.class);
		String database = currentDatabase(jdbc(closing.getTestContext().getApplicationContext()));
		JdbcClient observer = jdbc(contextOf(Second.class));
		assertThat(databaseExists(observer, database)).isTrue();

		closing.getTestContext().markApplicationContextDirty(null);

		assertThat(databaseExists(observer, database)).isFalse();
	}

	private static ApplicationContext contextOf(Class<?> testClass) {
		return new TestContextManager(testClass).getTestContext().getApplicationContext();
	}

	private static JdbcClient jdbc(ApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	private static String currentDatabase(JdbcClient jdbc) {
		return jdbc.sql("SELECT current_database()").query(String.class).single();
	}

	private static long countNotes(JdbcClient jdbc, String text) {
		return jdbc.sql("SELECT count(*) FROM notes WHERE text = ?").param(text).query(Long.class).single();
	}

	private static boolean databaseExists(JdbcClient jdbc, String database) {
		return jdbc.sql("SELECT count(*) FROM pg_database WHERE datname = ?")
			.param(database)
			.query(Long.class)
			.single() == 1;
	}

	@SpringBootTest(classes = SampleApplication.class, properties = "context=first")
	@AutoConfigureEmbeddedPostgres
	static class First {

	}

	@SpringBootTest(classes = SampleApplication.class, properties = "context=first")
	@AutoConfigureEmbeddedPostgres
	static class SameAsFirst {

	}

	@SpringBootTest(classes = SampleApplication.class, properties = "context=second")
	@AutoConfigureEmbeddedPostgres
	static class Second {

	}

	@SpringBootTest(classes = SampleApplication.class, properties = "context=closing")
	@AutoConfigureEmbeddedPostgres
	static class Closing {

	}

}
