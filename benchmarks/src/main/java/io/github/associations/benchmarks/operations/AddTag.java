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
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.github.associations.benchmarks.postgres.TagLayout;
import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Add a saved tag to a post's tags, visiting the posts with 5 tags in turn and giving
 * each the next tag of its layout. After each iteration, every visited post is checked to
 * have exactly its 5 tags and the added one, the added links are deleted, and the systems
 * hold the posts they visited again. An iteration that would visit a post twice fails the
 * trial: the second add would change nothing.
 */
public class AddTag extends ManyToManyBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.ASSOCIATIONS, Systems.DATA_JDBC_JUNCTION, Systems.HIBERNATE_DEFAULT,
			Systems.HIBERNATE_DEFAULT_LIST, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] posts = new long[0];

	private long[] added = new long[0];

	private int next;

	private LongStream.Builder visited = LongStream.builder();

	private long adds;

	private long checked;

	private long addsSinceRestore;

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
		this.posts = rows.tags().readers();
		this.added = Arrays.stream(this.posts).map((post) -> TagLayout.tag(post, TagLayout.READER_TAGS)).toArray();
		system().hold(this.posts, rows.tags().tags());
	}

	@Override
	protected Long operate() {
		if (this.addsSinceRestore == this.posts.length) {
			throw new IllegalStateException("An iteration added a tag to all " + this.posts.length
					+ " posts with 5 tags; a longer one would add tags twice");
		}
		int post = this.next;
		this.next = (this.next + 1) % this.posts.length;
		system().addTag(this.posts[post], this.added[post]);
		this.visited.add(post);
		this.adds++;
		this.addsSinceRestore++;
		return this.posts[post];
	}

	@Override
	protected void restore(Connection connection) throws SQLException {
		int[] visited = this.visited.build().distinct().mapToInt(Math::toIntExact).toArray();
		this.visited = LongStream.builder();
		long[] posts = Arrays.stream(visited).mapToLong((post) -> this.posts[post]).toArray();
		long[] tags = Arrays.stream(visited).mapToLong((post) -> this.added[post]).toArray();
		Map<Long, long[]> actual = SeededTags.tagsOfPosts(connection, posts);
		for (int i = 0; i < posts.length; i++) {
			long[] expected = SeededTags.sorted(LongStream
				.concat(Arrays.stream(SeededTags.tagsOf(posts[i], 0, TagLayout.READER_TAGS)), LongStream.of(tags[i]))
				.toArray());
			if (!Arrays.equals(expected, actual.get(posts[i]))) {
				throw new IllegalStateException("Post " + posts[i] + " has the tags "
						+ Arrays.toString(actual.get(posts[i])) + " instead of " + Arrays.toString(expected));
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
		this.addsSinceRestore = 0;
		system().hold(posts, new long[0]);
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		notes.add(this.adds + " adds; " + this.checked
				+ " posts checked after them: each with its 5 tags and the one added");
	}

}
