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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.associations.benchmarks.postgres.SeedLayout;

/**
 * The seeded posts, laid out as {@link SeedLayout} says, with the writers and the readers
 * in one shuffled order that is the same for every system.
 *
 * @param writers the users with {@value SeedLayout#WRITER_POSTS} posts
 * @param postsOfWriters the posts of each writer, by id
 * @param sparesOfWriters the posts without a user that go with each writer, by id
 * @param readers the users with {@value SeedLayout#READER_POSTS} posts
 * @param postsOfReaders the posts of each reader, by id
 * @param lastPostId the highest seeded post id
 * @param count the number of posts
 * @param linked the number of posts with a user
 */
record SeededPosts(long[] writers, long[][] postsOfWriters, long[][] sparesOfWriters, long[] readers,
		long[][] postsOfReaders, long lastPostId, long count, long linked) {

	static SeededPosts read(Connection connection, Random random) throws SQLException {
		List<Owner> writers = new ArrayList<>();
		List<Owner> readers = new ArrayList<>();
		long lastPostId = 0;
		long count = 0;
		long linked = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT \"id\", \"author_id\" FROM \"posts\" ORDER BY \"id\"")) {
			Owner owner = null;
			while (rows.next()) {
				long post = rows.getLong(1);
				long author = rows.getLong(2);
				boolean spare = rows.wasNull();
				if (!spare && (owner == null || owner.id != author)) {
					owner = new Owner(author);
					((author % SeedLayout.WRITER_EVERY == 0) ? writers : readers).add(owner);
				}
				if (owner == null) {
					throw new IllegalStateException("Post " + post + " has no user and follows no writer");
				}
				owner.add(post);
				lastPostId = post;
				count++;
				linked += spare ? 0 : 1;
			}
		}
		long[][] writerPosts = writers.stream().map(Owner::idAndPosts).toArray(long[][]::new);
		long[][] readerPosts = readers.stream().map(Owner::idAndPosts).toArray(long[][]::new);
		shuffle(writerPosts, random);
		shuffle(readerPosts, random);
		expectPosts(writerPosts, SeedLayout.WRITER_POSTS + SeedLayout.SPARE_POSTS);
		expectPosts(readerPosts, SeedLayout.READER_POSTS);
		return new SeededPosts(ids(writerPosts), slice(writerPosts, 1, SeedLayout.WRITER_POSTS),
				slice(writerPosts, 1 + SeedLayout.WRITER_POSTS, SeedLayout.SPARE_POSTS), ids(readerPosts),
				slice(readerPosts, 1, SeedLayout.READER_POSTS), lastPostId, count, linked);
	}

	private static long[] ids(long[][] owners) {
		return Arrays.stream(owners).mapToLong((owner) -> owner[0]).toArray();
	}

	private static void expectPosts(long[][] owners, int posts) {
		for (long[] owner : owners) {
			if (owner.length != 1 + posts) {
				throw new IllegalStateException(
						"User " + owner[0] + " has " + (owner.length - 1) + " posts instead of " + posts);
			}
		}
	}

	private static long[][] slice(long[][] owners, int from, int length) {
		return Arrays.stream(owners)
			.map((owner) -> Arrays.copyOfRange(owner, from, from + length))
			.toArray(long[][]::new);
	}

	private static void shuffle(long[][] values, Random random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			long[] value = values[i];
			values[i] = values[j];
			values[j] = value;
		}
	}

	/**
	 * A user and its posts as they are read: the user's id first, then its posts, then
	 * its spare ones.
	 */
	private static final class Owner {

		private final long id;

		private long[] posts;

		private int size = 1;

		Owner(long id) {
			this.id = id;
			this.posts = new long[1 + SeedLayout.WRITER_POSTS + SeedLayout.SPARE_POSTS];
			this.posts[0] = id;
		}

		void add(long post) {
			if (this.size == this.posts.length) {
				throw new IllegalStateException("User " + this.id + " has too many posts");
			}
			this.posts[this.size++] = post;
		}

		long[] idAndPosts() {
			return Arrays.copyOf(this.posts, this.size);
		}

	}

}
