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

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.github.associations.benchmarks.postgres.TagLayout;

/**
 * The seeded tags of posts, read from the database and checked against {@link TagLayout}.
 *
 * @param setters the posts with {@value TagLayout#SETTER_TAGS} tags, shuffled
 * @param readers the other tagged posts, with {@value TagLayout#READER_TAGS} tags,
 * shuffled
 * @param tags the ids of every tag
 * @param links the number of rows of {@code post_tags}
 * @param lastTaggedPost the greatest id of a post with tags
 */
record SeededTags(long[] setters, long[] readers, long[] tags, long links, long lastTaggedPost) {

	static SeededTags read(Connection connection, Random random) throws SQLException {
		LongStream.Builder setters = LongStream.builder();
		LongStream.Builder readers = LongStream.builder();
		long links = 0;
		long lastTaggedPost = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"post_id\", array_agg(\"tag_id\" ORDER BY \"tag_id\")"
						+ " FROM \"post_tags\" GROUP BY \"post_id\" ORDER BY \"post_id\"")) {
			while (rows.next()) {
				long post = rows.getLong(1);
				long[] tags = longs(rows.getArray(2));
				boolean setter = TagLayout.setter(post);
				if (!Arrays.equals(tags,
						sorted(tagsOf(post, 0, setter ? TagLayout.SETTER_TAGS : TagLayout.READER_TAGS)))) {
					throw new IllegalStateException(
							"Post " + post + " has the tags " + Arrays.toString(tags) + ", not those of the layout");
				}
				(setter ? setters : readers).add(post);
				links += tags.length;
				lastTaggedPost = post;
			}
		}
		long[] tags = LongStream.rangeClosed(1, TagLayout.TAGS).toArray();
		return new SeededTags(shuffled(setters.build().toArray(), random), shuffled(readers.build().toArray(), random),
				tags, links, lastTaggedPost);
	}

	/**
	 * Return some of a post's tags in the layout, by their numbers.
	 * @param post the post
	 * @param from the first tag's number
	 * @param count how many tags
	 * @return the tags' ids
	 */
	static long[] tagsOf(long post, int from, int count) {
		return IntStream.range(from, from + count).mapToLong((number) -> TagLayout.tag(post, number)).toArray();
	}

	/**
	 * Read the tags of posts.
	 * @param connection a connection
	 * @param posts the posts' ids
	 * @return the ids of each post's tags, sorted, by post; a post without tags is left
	 * out
	 * @throws SQLException if the query fails
	 */
	static Map<Long, long[]> tagsOfPosts(Connection connection, long[] posts) throws SQLException {
		Map<Long, long[]> tags = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT \"post_id\","
				+ " array_agg(\"tag_id\" ORDER BY \"tag_id\") FROM \"post_tags\" WHERE \"post_id\" = ANY(?)"
				+ " GROUP BY \"post_id\"")) {
			select.setObject(1, posts);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					tags.put(rows.getLong(1), longs(rows.getArray(2)));
				}
			}
		}
		return tags;
	}

	private static long[] longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).mapToLong(Long::longValue).toArray();
	}

	static long[] sorted(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted;
	}

	private static long[] shuffled(long[] values, Random random) {
		for (int i = values.length - 1; i > 0; i--) {
			SeededRows.swap(values, i, random.nextInt(i + 1));
		}
		return values;
	}

}
