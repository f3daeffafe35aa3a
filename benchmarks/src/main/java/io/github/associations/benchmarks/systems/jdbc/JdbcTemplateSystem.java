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

package io.github.associations.benchmarks.systems.jdbc;

import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.UserView;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The floor's SQL through Spring's {@code JdbcTemplate}, each write in a
 * {@code TransactionTemplate}; reads run without a transaction.
 */
public final class JdbcTemplateSystem implements OneToOneSystem {

	private final CountingDataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public JdbcTemplateSystem(CountingDataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public CountingDataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		Long userId = this.transactions.execute((status) -> {
			Long id = this.jdbc.queryForObject(OneToOneSql.INSERT_USER, Long.class, username, email);
			this.jdbc.queryForObject(OneToOneSql.INSERT_PROFILE, Long.class, bio, id);
			return id;
		});
		return Objects.requireNonNull(userId);
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.jdbc.update(OneToOneSql.RELINK, userId, profileId, userId, profileId) != 1) {
				throw new EmptyResultDataAccessException("Profile " + profileId + " does not exist", 1);
			}
		});
	}

	@Override
	public void unsetProfile(long userId) {
		this.transactions.executeWithoutResult((status) -> this.jdbc.update(OneToOneSql.UNSET, userId));
	}

	@Override
	public void updateUsername(long userId, String username) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.jdbc.update(OneToOneSql.UPDATE_USERNAME, username, userId) != 1) {
				throw new EmptyResultDataAccessException("User " + userId + " does not exist", 1);
			}
		});
	}

	@Override
	public List<UserRow> loadUsersWithProfiles(long[] userIds) {
		return this.jdbc.query(OneToOneSql.LOAD, (row, number) -> UserRow.read(row), (Object) userIds);
	}

	@Override
	public UserView view(Object loaded) {
		return ((UserRow) loaded).view();
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

}
