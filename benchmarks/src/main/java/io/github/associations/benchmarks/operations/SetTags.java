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
 * Replace a post's 10 tags by 10 tags, 5 of them in common: the first visit of a setter
 * swaps its first 5 tags for 5 others, the next swaps them back, so the links keep their
 * number.
 */
public class SetTags extends ManyToManyBenchmark {

	@Param({ Systems.RAW_JDBC, Systems.ASSOCIATIONS, Systems.DATA_JDBC_JUNCTION, Systems.HIBERNATE_DEFAULT,
			Systems.HIBERNATE_DEFAULT_LIST, Systems.HIBERNATE_TUNED })
	public String system = "";

	private long[] setters = new long[0];

	private long[][] ownTags = new long[0][];

	private long[][] swappedTags = new long[0][];

	private boolean[] swapped = new boolean[0];

	private int next;

	private long sets;

	@Benchmark
	public long setTags() {
		return operate();
	}

	@Override
	protected String systemName() {
		return this.system;
	}

	@Override
	protected void prepare(SeededRows rows) {
		this.setters = rows.tags().setters();
		this.ownTags = new long[this.setters.length][];
		this.swappedTags = new long[this.setters.length][];
		int kept = TagLayout.SETTER_TAGS - TagLayout.SPARE_TAGS;
		for (int i = 0; i < this.setters.length; i++) {
			this.ownTags[i] = SeededTags.tagsOf(this.setters[i], 0, TagLayout.SETTER_TAGS);
			this.swappedTags[i] = SeededTags.tagsOf(this.setters[i], TagLayout.SPARE_TAGS, kept + TagLayout.SPARE_TAGS);
		}
		this.swapped = new boolean[this.setters.length];
		system().hold(this.setters, rows.tags().tags());
	}

	@Override
	protected Long operate() {
		int setter = this.next;
		this.next = (this.next + 1) % this.setters.length;
		system().setTags(this.setters[setter], this.swapped[setter] ? this.ownTags[setter] : this.swappedTags[setter]);
		this.swapped[setter] = !this.swapped[setter];
		this.sets++;
		return this.setters[setter];
	}

	@Override
	protected void verify(Connection connection, List<String> notes) throws SQLException {
		Map<Long, long[]> tags = SeededTags.tagsOfPosts(connection, this.setters);
		long wrong = LongStream.range(0, this.setters.length)
			.filter((i) -> !Arrays.equals(
					SeededTags.sorted(this.swapped[(int) i] ? this.swappedTags[(int) i] : this.ownTags[(int) i]),
					tags.get(this.setters[(int) i])))
			.count();
		expect("posts whose tags are not the ones last set", 0, wrong);
		notes.add(this.sets + " sets; all " + this.setters.length
				+ " posts checked: each has exactly the 10 tags last set");
	}

}
