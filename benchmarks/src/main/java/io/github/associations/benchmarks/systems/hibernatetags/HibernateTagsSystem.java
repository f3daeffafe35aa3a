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

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.ManyToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.SpringSystem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate with Spring Boot's defaults and the tags of a post a {@code Set} or a
 * {@code List}: setting a post's tags finds the post and the tags, clears the post's
 * collection and adds the tags; adding a tag finds both and adds it; a load finds the
 * posts and reads each one's tags in the same read-only transaction.
 */
public final class HibernateTagsSystem extends SpringSystem implements ManyToManySystem {

	private final JpaRepository<? extends TaggedPost, Long> posts;

	private final TagRepository tags;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	/**
	 * Start the Spring Data JPA application.
	 * @param dataSource the data source
	 * @param list whether the tags are a {@code List} rather than a {@code Set}
	 */
	public HibernateTagsSystem(CountingDataSource dataSource, boolean list) {
		super(dataSource, HibernateTagsApplication.class);
		this.posts = list ? bean(ListPostRepository.class) : bean(SetPostRepository.class);
		this.tags = bean(TagRepository.class);
		this.writes = transactions(false);
		this.reads = transactions(true);
	}

	@Override
	public void setTags(long postId, long[] tagIds) {
		this.writes.executeWithoutResult((status) -> {
			TaggedPost post = this.posts.findById(postId).orElseThrow();
			List<Tag> tags = this.tags.findAllById(Arrays.stream(tagIds).boxed().toList());
			post.getTags().clear();
			post.getTags().addAll(tags);
		});
	}

	@Override
	public void addTag(long postId, long tagId) {
		this.writes.executeWithoutResult((status) -> {
			TaggedPost post = this.posts.findById(postId).orElseThrow();
			post.getTags().add(this.tags.findById(tagId).orElseThrow());
		});
	}

	@Override
	public List<? extends TaggedPost> loadPostsWithTags(long[] postIds) {
		List<? extends TaggedPost> loaded = this.reads.execute((status) -> {
			List<? extends TaggedPost> posts = this.posts.findAllById(Arrays.stream(postIds).boxed().toList());
			posts.forEach((post) -> post.getTags().size());
			return posts;
		});
		return Objects.requireNonNull(loaded);
	}

	@Override
	public OwnerView view(Object loaded) {
		return ((TaggedPost) loaded).view();
	}

}
