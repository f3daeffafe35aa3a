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

package io.github.associations.benchmarks.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Add a new post to a user's posts, visiting the users with 5 posts in turn, among those
 * whose posts have no tags (Spring Data JDBC writes a user's posts again, which would
 * delete their links). The new posts are checked and deleted after each iteration, and
 * the systems hold the users they visited again.
 */
public class AddPost extends OneToManyBenchmark {

	private static final int USERS = 20_000;

	@Param({ Systems.RAW_JDBC, Systems.ASSOCIATIONS, Systems.DATA_JDBC_COLLECTION, Systems.HIBERNATE_DEFAULT,
			Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] users = new long[0];

	private long lastSeededPost;

	private int next;

	private LongStream.Builder visited = LongStream.builder();

	private long added;

	private long addedSinceRestore;

	private long checked;

	@Benchmark
	public long addPost() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		SeededPosts posts = rows.posts();
		long lastTaggedPost = rows.tags().lastTaggedPost();
		this.users = IntStream.range(0, posts.readers().length)
			.filter((reader) -> posts.postsOfReaders()[reader][0] > lastTaggedPost)
			.limit(USERS)
			.mapToLong((reader) -> posts.readers()[reader])
			.toArray();
		this.lastSeededPost = rows.posts().lastPostId();
		system().hold(this.users, new long[0]);
	}

	@Override
	protected Long operate() {
		long user = this.users[this.next];
		this.next = (this.next + 1) % this.users.length;
		system().addPost(user, "added to user-" + user, "a new post");
		this.visited.add(user);
		this.added++;
		this.addedSinceRestore++;
		return user;
	}

	@Override
	protected void restore(Connection connection) throws SQLException {
		try (PreparedStatement check = connection.prepareStatement("SELECT count(*), count(*) FILTER (WHERE"
				+ " \"author_id\" IS NULL OR \"title\" <> 'added to user-' || \"author_id\") FROM \"posts\" WHERE \"id\" > ?")) {
			check.setLong(1, this.lastSeededPost);
			try (ResultSet result = check.executeQuery()) {
				result.next();
				expect("added posts", this.addedSinceRestore, result.getLong(1));
				expect("added posts without their user or title", 0, result.getLong(2));
			}
		}
		this.checked += this.addedSinceRestore;
		this.addedSinceRestore = 0;
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM \"posts\" WHERE \"id\" > ?")) {
			delete.setLong(1, this.lastSeededPost);
			delete.executeUpdate();
		}
		long[] visited = this.visited.build().distinct().toArray();
		this.visited = LongStream.builder();
		system().hold(visited, new long[0]);
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		notes.add(this.checked + " added posts checked: each with its user and title");
	}

}
