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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.github.associations.benchmarks.postgres.SeedLayout;
import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Replace a user's 10 posts by 10 posts, 5 of them in common: the first visit of a writer
 * swaps its first 5 posts for its 5 spare ones, the next swaps them back, so the tables
 * keep their size. Spring Data JDBC, whose posts live inside the user's aggregate,
 * deletes the 5 it drops and inserts 5 new posts with the spare ones' titles.
 */
public class SetPosts extends OneToManyBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.RAW_JDBC_ORDERED, Systems.ASSOCIATIONS, Systems.DATA_JDBC_COLLECTION,
			Systems.HIBERNATE_DEFAULT, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] writers = new long[0];

	private long[][] ownPosts = new long[0][];

	private long[][] swappedPosts = new long[0][];

	private boolean[] swapped = new boolean[0];

	private int next;

	private long sets;

	@Benchmark
	public long setPosts() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		SeededPosts posts = rows.posts();
		this.writers = posts.writers();
		this.ownPosts = posts.postsOfWriters();
		this.swappedPosts = new long[this.writers.length][];
		int kept = SeedLayout.WRITER_POSTS - SeedLayout.SPARE_POSTS;
		for (int i = 0; i < this.writers.length; i++) {
			this.swappedPosts[i] = LongStream
				.concat(Arrays.stream(this.ownPosts[i], SeedLayout.SPARE_POSTS, SeedLayout.SPARE_POSTS + kept),
						Arrays.stream(posts.sparesOfWriters()[i]))
				.toArray();
		}
		this.swapped = new boolean[this.writers.length];
		system().hold(this.writers,
				LongStream
					.concat(Arrays.stream(this.ownPosts).flatMapToLong(Arrays::stream),
							Arrays.stream(posts.sparesOfWriters()).flatMapToLong(Arrays::stream))
					.toArray());
	}

	@Override
	protected Long operate() {
		int writer = this.next;
		this.next = (this.next + 1) % this.writers.length;
		system().setPosts(this.writers[writer],
				this.swapped[writer] ? this.ownPosts[writer] : this.swappedPosts[writer]);
		this.swapped[writer] = !this.swapped[writer];
		this.sets++;
		return this.writers[writer];
	}

	/**
	 * Check every writer's posts by their titles, which the posts Spring Data JDBC
	 * inserts again keep.
	 */
	@Override
	protected void verify(Connection connection, List<String> notes) throws SQLException {
		Map<Long, List<String>> titles = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT \"author_id\","
				+ " array_agg(\"title\" ORDER BY \"title\") FROM \"posts\" WHERE \"author_id\" = ANY(?)"
				+ " GROUP BY \"author_id\"")) {
			select.setObject(1, this.writers);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					titles.put(rows.getLong(1), List.of((String[]) rows.getArray(2).getArray()));
				}
			}
		}
		long wrong = 0;
		for (int i = 0; i < this.writers.length; i++) {
			List<String> expected = Arrays.stream(this.swapped[i] ? this.swappedPosts[i] : this.ownPosts[i])
				.mapToObj((post) -> "post-" + post)
				.sorted()
				.toList();
			if (!expected.equals(titles.get(this.writers[i]))) {
				wrong++;
			}
		}
		expect("writers whose posts are not the ones last set", 0, wrong);
		notes.add(this.sets + " sets; all " + this.writers.length
				+ " writers checked: each has exactly the 10 posts last set");
	}

}
