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

package io.github.associations.repository;

import java.util.List;
import java.util.Objects;

import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Tag;
import io.github.associations.repository.RepositoryTestApplication.User;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import io.github.associations.test.TestDatabase;
import io.github.associations.test.TestDatabase.ReplayPause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With a read replica, the repositories' reads run on the replica, a streaming hot
 * standby, and their writes, and reads in a read-write transaction, on the primary.
 */
@AutoConfigureEmbeddedPostgres(readReplica = true)
class ReadReplicaRoutingIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private HasOneRepository<User, Profile> profiles;

	@Autowired
	private BelongsToRepository<Profile, User> users;

	@Autowired
	private HasManyRepository<User, Post> posts;

	@Autowired
	@As("tags")
	private BelongsToManyRepository<Post, Tag> tags;

	@Autowired
	private Associations associations;

	@Autowired
	private StatementLog log;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private TestDatabase database;

	private User alice;

	private Profile profile;

	private Post post;

	private Tag tag;

	@BeforeEach
	void createRows() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.profile = this.profiles.create(this.alice, new Profile(null, "alice's"));
		this.post = this.posts.create(this.alice, new Post(null, null, "hello", null));
		this.tag = this.tags.create(this.post, new Tag(null, "java"));
		this.log.clear();
	}

	@Test
	void readOnlyWorkRunsOnTheStandbyAndEverythingElseOnThePrimary() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		Boolean inReadOnlyTransaction = readOnly.execute((status) -> inRecovery());
		Boolean inReadWriteTransaction = new TransactionTemplate(this.transactionManager)
			.execute((status) -> inRecovery());
		assertThat(inReadOnlyTransaction).isTrue();
		assertThat(inReadWriteTransaction).isFalse();
		assertThat(inRecovery()).isFalse();
		assertThat(this.log.servers()).containsExactly(replicaUrl(), primaryUrl(), primaryUrl());
	}

	@Test
	void everyReadOfTheRepositoriesRunsOnTheReplica() {
		assertThat(this.profiles.get(this.alice)).contains(this.profile);
		assertThat(this.profiles.getAll(List.of(this.alice))).containsValue(this.profile);
		assertThat(this.users.get(this.profile)).contains(this.alice);
		assertThat(this.posts.get(this.alice)).extracting(Post::title).containsExactly("hello");
		assertThat(this.posts.get(this.alice, Sort.by("title"), 1)).hasSize(1);
		assertThat(this.posts.getAll(List.of(this.alice))).hasSize(1);
		assertThat(this.posts.count(this.alice)).isOne();
		assertThat(this.posts.has(this.alice, this.post)).isTrue();
		assertThat(this.tags.get(this.post)).containsExactly(this.tag);
		assertThat(this.tags.getAll(List.of(this.post))).hasSize(1);
		assertThat(this.tags.count(this.post)).isOne();
		assertThat(this.tags.has(this.post, this.tag)).isTrue();
		assertThat(this.associations.load(User.class).include("profile").include("posts").all()).hasSize(1);
		assertThat(this.associations.load(Post.class).include("tags").include("author").all()).hasSize(1);
		assertThat(this.log.servers()).hasSizeGreaterThanOrEqualTo(14).containsOnly(replicaUrl());
	}

	@Test
	void everyWriteOfTheRepositoriesRunsOnThePrimary() {
		this.profiles.set(this.alice, new Profile(null, "new"));
		this.users.set(this.profile, this.alice);
		Post second = this.posts.add(this.alice, new Post(null, null, "second", null));
		this.posts.set(this.alice, List.of(second));
		this.posts.remove(this.alice, second);
		Tag kotlin = this.tags.add(this.post, new Tag(null, "kotlin"));
		this.tags.set(this.post, List.of(kotlin));
		this.tags.remove(this.post, kotlin);
		assertThat(this.log.servers()).hasSizeGreaterThanOrEqualTo(8).containsOnly(primaryUrl());
	}

	@Test
	void aReadInAReadWriteTransactionRunsOnThePrimaryAndSeesItsOwnUncommittedWrite() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		List<String> titles = transaction.execute((status) -> {
			this.posts.add(this.alice, new Post(null, null, "uncommitted", null));
			status.setRollbackOnly();
			return this.posts.get(this.alice).stream().map(Post::title).toList();
		});
		assertThat(titles).containsExactlyInAnyOrder("hello", "uncommitted");
		assertThat(this.log.servers()).containsOnly(primaryUrl());
		assertThat(this.posts.get(this.alice)).extracting(Post::title).containsExactly("hello");
	}

	@Test
	void aReadOutsideATransactionSeesWhatTheStandbyHasAppliedAndNoMore() {
		try (ReplayPause pause = this.database.pauseReadReplica()) {
			new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
				this.jdbc.sql("SET LOCAL statement_timeout = '10s'").update();
				this.jdbc.sql("SET LOCAL synchronous_commit = local").update();
				this.jdbc.sql("UPDATE users SET username = 'renamed' WHERE id = ?").param(this.alice.id()).update();
			});
			assertThat(this.users.get(this.profile)).map(User::username).contains("alice");
			assertThat(this.jdbc.sql("SELECT username FROM users WHERE id = ?")
				.param(this.alice.id())
				.query(String.class)
				.single()).isEqualTo("renamed");
		}
		// a synchronous commit returns once the standby has applied everything before it
		this.jdbc.sql("UPDATE users SET username = 'renamed' WHERE id = ?").param(this.alice.id()).update();
		assertThat(this.users.get(this.profile)).map(User::username).contains("renamed");
		System.out.println("Replication lag: " + this.jdbc.sql(
				"SELECT coalesce(nullif(concat_ws(', ', 'write ' || write_lag, 'flush ' || flush_lag, 'replay ' || replay_lag), "
						+ "''), 'not measured') " + "FROM pg_stat_replication")
			.query(String.class)
			.single());
	}

	@Test
	void aReadOnlyTransactionThatRequiresANewOneInsideAReadWriteOneRunsOnTheStandby() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		List<Boolean> inRecovery = new TransactionTemplate(this.transactionManager)
			.execute((status) -> List.of(inRecovery(), readOnly.execute((inner) -> inRecovery()), inRecovery()));
		assertThat(inRecovery).containsExactly(false, true, false);
	}

	@Test
	void aReadOnlySerializableTransactionFailsOnTheStandby() {
		TransactionTemplate serializable = new TransactionTemplate(this.transactionManager);
		serializable.setReadOnly(true);
		serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> serializable.execute((status) -> this.posts.get(this.alice)))
			.withMessageContaining("cannot use serializable mode in a hot standby");
	}

	private boolean inRecovery() {
		return this.jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single();
	}

	private String primaryUrl() {
		return this.database.getJdbcUrl();
	}

	private String replicaUrl() {
		return Objects.requireNonNull(this.database.getReadReplicaJdbcUrl());
	}

}
