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

package io.github.associations.benchmarks.systems.hibernatetags;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.ManyToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.hibernatetuned.TunedHibernateSystem;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate tuned for the many-to-many, with the tuned one-to-one system's settings (JDBC
 * batching, auto-commit off in the pool) and the tags a {@code Set}: setting or adding
 * tags reads the post with its tags in one join ({@code @EntityGraph}), removes the links
 * that go and adds references to the new tags ({@code getReferenceById}), which Hibernate
 * writes as one batch of deletes and one of inserts; a load fetches posts with their tags
 * in one join.
 */
public final class TunedHibernateTagsSystem extends SpringSystem implements ManyToManySystem {

	private final SetPostRepository posts;

	private final TagRepository tags;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	/**
	 * Start the system; its pool's connections must start with auto-commit off.
	 * @param dataSource the data source
	 */
	public TunedHibernateTagsSystem(CountingDataSource dataSource) {
		super(dataSource, HibernateTagsApplication.class, TunedHibernateSystem.PROPERTIES);
		this.posts = bean(SetPostRepository.class);
		this.tags = bean(TagRepository.class);
		this.writes = transactions(false);
		this.reads = transactions(true);
	}

	@Override
	public void setTags(long postId, long[] tagIds) {
		this.writes.executeWithoutResult((status) -> {
			Set<Long> wanted = Arrays.stream(tagIds).boxed().collect(Collectors.toSet());
			Set<Tag> tags = this.posts.findWithTagsById(postId).orElseThrow().getTags();
			tags.removeIf((tag) -> !wanted.remove(tag.getId()));
			wanted.forEach((tagId) -> tags.add(this.tags.getReferenceById(tagId)));
		});
	}

	@Override
	public void addTag(long postId, long tagId) {
		this.writes.executeWithoutResult((status) -> this.posts.findWithTagsById(postId)
			.orElseThrow()
			.getTags()
			.add(this.tags.getReferenceById(tagId)));
	}

	@Override
	public List<SetPost> loadPostsWithTags(long[] postIds) {
		List<SetPost> loaded = this.reads
			.execute((status) -> this.posts.findWithTagsByIdIn(Arrays.stream(postIds).boxed().toList()));
		return Objects.requireNonNull(loaded);
	}

	@Override
	public OwnerView view(Object loaded) {
		return ((SetPost) loaded).view();
	}

}
