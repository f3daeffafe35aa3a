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
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

/**
 * The rows a trial starts from, in one shuffled order that is the same for every system,
 * so that every system does the same work.
 *
 * @param users every user's id
 * @param linkedUsers the users with a profile
 * @param profilesOfLinkedUsers the profile of each of {@code linkedUsers}
 * @param unlinkedUsers the users without a profile
 * @param lastUserId the highest seeded user id
 * @param posts the seeded posts
 * @param tags the seeded tags of posts
 */
record SeededRows(long[] users, long[] linkedUsers, long[] profilesOfLinkedUsers, long[] unlinkedUsers, long lastUserId,
		SeededPosts posts, SeededTags tags) {

	private static final long SHUFFLE_SEED = 20261124L;

	static SeededRows read(Connection connection) throws SQLException {
		LongStream.Builder users = LongStream.builder();
		LongStream.Builder linked = LongStream.builder();
		LongStream.Builder profiles = LongStream.builder();
		LongStream.Builder unlinked = LongStream.builder();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"u\".\"id\", \"p\".\"id\" FROM \"users\" \"u\""
						+ " LEFT JOIN \"profiles\" \"p\" ON \"p\".\"user_id\" = \"u\".\"id\" ORDER BY \"u\".\"id\"")) {
			while (rows.next()) {
				long user = rows.getLong(1);
				@Nullable Long profile = rows.getObject(2, Long.class);
				users.add(user);
				if (profile != null) {
					linked.add(user);
					profiles.add(profile);
				}
				else {
					unlinked.add(user);
				}
			}
		}
		Random random = new Random(SHUFFLE_SEED);
		long[] linkedUsers = linked.build().toArray();
		long[] profilesOfLinkedUsers = profiles.build().toArray();
		shuffleTogether(linkedUsers, profilesOfLinkedUsers, random);
		long[] unlinkedUsers = unlinked.build().toArray();
		shuffleTogether(unlinkedUsers, new long[unlinkedUsers.length], random);
		long[] all = users.build().toArray();
		return new SeededRows(all, linkedUsers, profilesOfLinkedUsers, unlinkedUsers, all[all.length - 1],
				SeededPosts.read(connection, random), SeededTags.read(connection, random));
	}

	private static void shuffleTogether(long[] first, long[] second, Random random) {
		for (int i = first.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			swap(first, i, j);
			swap(second, i, j);
		}
	}

	/**
	 * Draw batches of distinct ids at random, the same for every system.
	 * @param ids the ids to draw from, left as they are
	 * @param size the ids in a batch
	 * @param batches the number of batches
	 * @param seed the random numbers' seed
	 * @return the batches
	 */
	static long[][] randomBatches(long[] ids, int size, int batches, long seed) {
		Random random = new Random(seed);
		long[] drawn = ids.clone();
		long[][] result = new long[batches][];
		for (int batch = 0; batch < batches; batch++) {
			for (int i = 0; i < size; i++) {
				swap(drawn, i, i + random.nextInt(drawn.length - i));
			}
			result[batch] = Arrays.copyOf(drawn, size);
		}
		return result;
	}

	static void swap(long[] values, int i, int j) {
		long value = values[i];
		values[i] = values[j];
		values[j] = value;
	}

}
