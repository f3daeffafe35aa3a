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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.UserView;

/**
 * Plain JDBC with the fewest statements: the floor. Every write is one transaction
 * ({@code setAutoCommit(false)} ... {@code commit()}); reads run in auto-commit mode.
 */
public final class RawJdbcSystem implements OneToOneSystem {

	private final CountingDataSource dataSource;

	public RawJdbcSystem(CountingDataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public CountingDataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		return RawTransactions.write(this.dataSource, (connection) -> {
			long userId;
			try (PreparedStatement insert = connection.prepareStatement(OneToOneSql.INSERT_USER)) {
				insert.setString(1, username);
				insert.setString(2, email);
				userId = RawTransactions.returnedId(insert);
			}
			try (PreparedStatement insert = connection.prepareStatement(OneToOneSql.INSERT_PROFILE)) {
				insert.setString(1, bio);
				insert.setLong(2, userId);
				RawTransactions.returnedId(insert);
			}
			return userId;
		});
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement relink = connection.prepareStatement(OneToOneSql.RELINK)) {
				relink.setLong(1, userId);
				relink.setLong(2, profileId);
				relink.setLong(3, userId);
				relink.setLong(4, profileId);
				if (relink.executeUpdate() != 1) {
					throw new SQLException("Profile " + profileId + " does not exist");
				}
			}
			return null;
		});
	}

	@Override
	public void unsetProfile(long userId) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement unset = connection.prepareStatement(OneToOneSql.UNSET)) {
				unset.setLong(1, userId);
				unset.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public void updateUsername(long userId, String username) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement update = connection.prepareStatement(OneToOneSql.UPDATE_USERNAME)) {
				update.setString(1, username);
				update.setLong(2, userId);
				if (update.executeUpdate() != 1) {
					throw new SQLException("User " + userId + " does not exist");
				}
			}
			return null;
		});
	}

	@Override
	public List<UserRow> loadUsersWithProfiles(long[] userIds) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement(OneToOneSql.LOAD)) {
			select.setObject(1, userIds);
			List<UserRow> users = new ArrayList<>(userIds.length);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					users.add(UserRow.read(rows));
				}
			}
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
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
