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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.benchmarks.postgres.TagLayout;
import io.github.associations.benchmarks.systems.ManyToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.Systems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Load 100 posts chosen at random among those with 5 tags, each with its tags.
 */
public class LoadPostsWithTags extends ManyToManyBenchmark {

	private static final int POSTS = 100;

	private static final int BATCHES = 256;

	private static final int CHECKED_BATCHES = 8;

	private static final long SHUFFLE_SEED = 20261201L;

	@Param({ Systems.RAW_JDBC, Systems.ASSOCIATIONS, Systems.DATA_JDBC_JUNCTION, Systems.HIBERNATE_DEFAULT,
			Systems.HIBERNATE_DEFAULT_LIST, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[][] batches = new long[0][];

	private int next;

	@Benchmark
	public List<?> loadPostsWithTags() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected int countedOperations() {
		return 10;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.batches = SeededRows.randomBatches(rows.tags().readers(), POSTS, BATCHES, SHUFFLE_SEED);
	}

	@Override
	protected List<?> operate() {
		long[] posts = this.batches[this.next];
		this.next = (this.next + 1) % BATCHES;
		return system().loadPostsWithTags(posts);
	}

	@Override
	protected void verify(Connection connection, List<String> notes) {
		ManyToManySystem system = system();
		for (int batch = 0; batch < CHECKED_BATCHES; batch++) {
			Map<Long, long[]> loaded = new HashMap<>();
			for (Object post : system.loadPostsWithTags(this.batches[batch])) {
				OwnerView view = system.view(post);
				long[] tags = SeededTags.sorted(view.targetIds().stream().mapToLong(Long::longValue).toArray());
				if (loaded.put(view.ownerId(), tags) != null) {
					throw new IllegalStateException("Post " + view.ownerId() + " was loaded twice");
				}
			}
			for (long post : this.batches[batch]) {
				long[] expected = SeededTags.sorted(SeededTags.tagsOf(post, 0, TagLayout.READER_TAGS));
				if (!Arrays.equals(expected, loaded.get(post))) {
					throw new IllegalStateException("Post " + post + " was loaded with tags "
							+ Arrays.toString(loaded.get(post)) + " instead of " + Arrays.toString(expected));
				}
			}
			if (loaded.size() != POSTS) {
				throw new IllegalStateException("Loading " + POSTS + " posts gave " + loaded.size());
			}
		}
		notes.add(CHECKED_BATCHES + " loads of " + POSTS + " posts checked: every post once, each with its own 5 tags");
	}

}
