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
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import io.github.associations.benchmarks.postgres.TagLayout;
import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Add a saved tag to a post's tags, visiting posts with 5 tags in turn and giving each
 * the next tag of its layout. The new links are checked and deleted after each iteration,
 * and the systems hold the posts they visited again.
 */
public class AddTag extends ManyToManyBenchmark {

	private static final int POSTS = 20_000;

	@Param({ Systems.RAW_JDBC, Systems.ASSOCIATIONS, Systems.DATA_JDBC_JUNCTION, Systems.HIBERNATE_DEFAULT,
			Systems.HIBERNATE_DEFAULT_LIST, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] posts = new long[0];

	private long[] added = new long[0];

	private int next;

	private LongStream.Builder visited = LongStream.builder();

	private long adds;

	private long checked;

	@Benchmark
	public long addTag() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.posts = Arrays.copyOf(rows.tags().readers(), POSTS);
		this.added = Arrays.stream(this.posts).map((post) -> TagLayout.tag(post, TagLayout.READER_TAGS)).toArray();
		system().hold(this.posts, rows.tags().tags());
	}

	@Override
	protected Long operate() {
		int post = this.next;
		this.next = (this.next + 1) % this.posts.length;
		system().addTag(this.posts[post], this.added[post]);
		this.visited.add(post);
		this.adds++;
		return this.posts[post];
	}

	@Override
	protected void restore(Connection connection) throws SQLException {
		int[] visited = this.visited.build().distinct().mapToInt(Math::toIntExact).toArray();
		this.visited = LongStream.builder();
		long[] posts = Arrays.stream(visited).mapToLong((post) -> this.posts[post]).toArray();
		long[] tags = Arrays.stream(visited).mapToLong((post) -> this.added[post]).toArray();
		try (PreparedStatement check = connection
			.prepareStatement("SELECT count(*) FROM \"post_tags\"" + " WHERE \"post_id\" = ANY(?)")) {
			check.setObject(1, posts);
			try (ResultSet result = check.executeQuery()) {
				result.next();
				expect("links of the visited posts", (long) posts.length * (TagLayout.READER_TAGS + 1),
						result.getLong(1));
			}
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM \"post_tags\" USING"
				+ " unnest(?::bigint[], ?::bigint[]) AS \"added\" (\"post_id\", \"tag_id\") WHERE"
				+ " \"post_tags\".\"post_id\" = \"added\".\"post_id\" AND \"post_tags\".\"tag_id\" = \"added\".\"tag_id\"")) {
			delete.setObject(1, posts);
			delete.setObject(2, tags);
			expect("added links deleted", posts.length, delete.executeUpdate());
		}
		this.checked += posts.length;
		system().hold(posts, new long[0]);
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		notes.add(this.adds + " adds; " + this.checked
				+ " posts checked after them: each with its 5 tags and the one added");
	}

}
