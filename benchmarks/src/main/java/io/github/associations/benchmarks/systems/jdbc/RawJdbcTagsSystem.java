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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.ManyToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.jdbc.PostTagsRow.TagRow;

/**
 * Hand-written JDBC for posts and their tags, the floor: setting a post's tags locks the
 * post's row, then deletes and inserts the links that change in one statement; adding a
 * tag is one {@code INSERT ... ON CONFLICT DO NOTHING}; loading posts with their tags is
 * the posts by {@code id = ANY(?)}, then their tags joined to their links.
 */
public final class RawJdbcTagsSystem implements ManyToManySystem {

	private final CountingDataSource dataSource;

	/**
	 * Create the system.
	 * @param dataSource the data source
	 */
	public RawJdbcTagsSystem(CountingDataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public CountingDataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void setTags(long postId, long[] tagIds) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement lock = connection.prepareStatement(TagsSql.LOCK_POST)) {
				lock.setLong(1, postId);
				try (ResultSet row = lock.executeQuery()) {
					if (!row.next()) {
						throw new SQLException("Post " + postId + " does not exist");
					}
				}
			}
			try (PreparedStatement set = connection.prepareStatement(TagsSql.SET_TAGS)) {
				set.setLong(1, postId);
				set.setObject(2, tagIds);
				set.setLong(3, postId);
				set.setObject(4, tagIds);
				set.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public void addTag(long postId, long tagId) {
		RawTransactions.write(this.dataSource, (connection) -> {
			try (PreparedStatement insert = connection.prepareStatement(TagsSql.ADD_TAG)) {
				insert.setLong(1, postId);
				insert.setLong(2, tagId);
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public List<PostTagsRow> loadPostsWithTags(long[] postIds) {
		return RawTransactions.read(this.dataSource, (connection) -> load(connection, postIds));
	}

	private static List<PostTagsRow> load(Connection connection, long[] postIds) throws SQLException {
		List<PostTagsRow> posts = new ArrayList<>(postIds.length);
		Map<Long, List<TagRow>> tagsByPost = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(TagsSql.LOAD_POSTS)) {
			select.setObject(1, postIds);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					List<TagRow> tags = new ArrayList<>();
					long id = rows.getLong(1);
					posts.add(new PostTagsRow(id, rows.getString(2), rows.getString(3), tags));
					tagsByPost.put(id, tags);
				}
			}
		}
		try (PreparedStatement select = connection.prepareStatement(TagsSql.LOAD_TAGS)) {
			select.setObject(1, postIds);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					tagsByPost.get(rows.getLong(1)).add(new TagRow(rows.getLong(2), rows.getString(3)));
				}
			}
		}
		return posts;
	}

	@Override
	public OwnerView view(Object loaded) {
		return ((PostTagsRow) loaded).view();
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

}
