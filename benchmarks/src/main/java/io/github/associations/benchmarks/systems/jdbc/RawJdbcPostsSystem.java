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

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.jdbc.UserPostsRow.PostRow;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain JDBC with the fewest statements for the one-to-many operations: the floor. Every
 * write is one transaction; reads run in auto-commit mode, in one of the {@link LoadShape
 * shapes}.
 */
public final class RawJdbcPostsSystem implements OneToManySystem {

	private static final ObjectReader POSTS_JSON = JsonMapper.builder().build().readerFor(PostRow[].class);

	private final CountingDataSource dataSource;

	private final LoadShape shape;

	private final boolean orderedLocks;

	/**
	 * Create the system.
	 * @param dataSource the data source
	 * @param shape how it loads users with their posts
	 */
	public RawJdbcPostsSystem(CountingDataSource dataSource, LoadShape shape) {
		this(dataSource, shape, false);
	}

	/**
	 * Create the system.
	 * @param dataSource the data source
	 * @param shape how it loads users with their posts
	 * @param orderedLocks whether setting posts locks them in id order before writing
	 * them
	 */
	public RawJdbcPostsSystem(CountingDataSource dataSource, LoadShape shape, boolean orderedLocks) {
		this.dataSource = dataSource;
		this.shape = shape;
		this.orderedLocks = orderedLocks;
	}

	@Override
	public CountingDataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void setPosts(long userId, long[] postIds) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement lock = connection.prepareStatement(PostsSql.LOCK_USER)) {
				lock.setLong(1, userId);
				try (ResultSet row = lock.executeQuery()) {
					if (!row.next()) {
						throw new SQLException("User " + userId + " does not exist");
					}
				}
			}
			try (PreparedStatement update = connection
				.prepareStatement(this.orderedLocks ? PostsSql.SET_POSTS_ORDERED : PostsSql.SET_POSTS)) {
				int first = 1;
				if (this.orderedLocks) {
					update.setLong(1, userId);
					update.setObject(2, postIds);
					first = 3;
				}
				update.setObject(first, postIds);
				update.setLong(first + 1, userId);
				update.setLong(first + 2, userId);
				update.setObject(first + 3, postIds);
				update.setObject(first + 4, postIds);
				update.setLong(first + 5, userId);
				update.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public void addPost(long userId, String title, String body) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement insert = connection.prepareStatement(PostsSql.INSERT_POST)) {
				insert.setString(1, title);
				insert.setString(2, body);
				insert.setLong(3, userId);
				return RawTransactions.returnedId(insert);
			}
		});
	}

	@Override
	public List<UserPostsRow> loadUsersWithPosts(long[] userIds) {
		return RawTransactions.read(this.dataSource, (connection) -> switch (this.shape) {
			case SECOND_QUERY -> loadWithSecondQuery(connection, userIds);
			case JOIN -> loadJoined(connection, userIds);
			case JSON, ARRAYS -> loadAggregated(connection, userIds);
		});
	}

	private static List<UserPostsRow> loadWithSecondQuery(Connection connection, long[] userIds) throws SQLException {
		List<UserPostsRow> users = new ArrayList<>(userIds.length);
		Map<Long, List<PostRow>> postsByUser = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(PostsSql.LOAD_USERS)) {
			select.setObject(1, userIds);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					List<PostRow> posts = new ArrayList<>();
					long id = rows.getLong(1);
					users.add(new UserPostsRow(id, rows.getString(2), rows.getString(3), posts));
					postsByUser.put(id, posts);
				}
			}
		}
		try (PreparedStatement select = connection.prepareStatement(PostsSql.LOAD_POSTS)) {
			select.setObject(1, userIds);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					postsByUser.get(rows.getLong(4))
						.add(new PostRow(rows.getLong(1), rows.getString(2), rows.getString(3)));
				}
			}
		}
		return users;
	}

	private static List<UserPostsRow> loadJoined(Connection connection, long[] userIds) throws SQLException {
		List<UserPostsRow> users = new ArrayList<>(userIds.length);
		try (PreparedStatement select = connection.prepareStatement(PostsSql.LOAD_JOINED)) {
			select.setObject(1, userIds);
			try (ResultSet rows = select.executeQuery()) {
				UserPostsRow user = null;
				while (rows.next()) {
					long id = rows.getLong(1);
					if (user == null || user.id() != id) {
						user = new UserPostsRow(id, rows.getString(2), rows.getString(3), new ArrayList<>());
						users.add(user);
					}
					long postId = rows.getLong(4);
					if (!rows.wasNull()) {
						user.posts().add(new PostRow(postId, rows.getString(5), rows.getString(6)));
					}
				}
			}
		}
		return users;
	}

	private List<UserPostsRow> loadAggregated(Connection connection, long[] userIds) throws SQLException {
		List<UserPostsRow> users = new ArrayList<>(userIds.length);
		try (PreparedStatement select = connection
			.prepareStatement((this.shape == LoadShape.JSON) ? PostsSql.LOAD_JSON : PostsSql.LOAD_ARRAYS)) {
			select.setObject(1, userIds);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					List<PostRow> posts = (this.shape == LoadShape.JSON) ? jsonPosts(rows.getString(4))
							: arrayPosts(rows.getArray(4), rows.getArray(5), rows.getArray(6));
					users.add(new UserPostsRow(rows.getLong(1), rows.getString(2), rows.getString(3), posts));
				}
			}
		}
		return users;
	}

	private static List<PostRow> jsonPosts(@Nullable String json) {
		return (json != null) ? List.of(POSTS_JSON.<PostRow[]>readValue(json)) : List.of();
	}

	private static List<PostRow> arrayPosts(@Nullable Array ids, Array titles, Array bodies) throws SQLException {
		if (ids == null) {
			return List.of();
		}
		Long[] id = (Long[]) ids.getArray();
		String[] title = (String[]) titles.getArray();
		String[] body = (String[]) bodies.getArray();
		List<PostRow> posts = new ArrayList<>(id.length);
		for (int i = 0; i < id.length; i++) {
			posts.add(new PostRow(id[i], title[i], body[i]));
		}
		return posts;
	}

	@Override
	public OwnerView view(Object loaded) {
		return ((UserPostsRow) loaded).view();
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

}
