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

package io.github.associations.benchmarks.systems.junction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.ManyToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.SpringSystem;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data JDBC with the links to tags inside the post's aggregate
 * ({@code @MappedCollection(idColumn = "post_id") Set<TagLink>}, each link an
 * {@code AggregateReference} to a tag): setting or adding tags saves the post with its
 * new set of links, which Spring Data JDBC writes by deleting the post's links and
 * inserting them all again; a load finds the posts, then their tags by id in the same
 * read-only transaction.
 */
public final class TagsAggregateSystem extends SpringSystem implements ManyToManySystem {

	private final PostRepository posts;

	private final TagRepository tags;

	private final TransactionTemplate reads;

	private final HeldEntities<Post> heldPosts = new HeldEntities<>(Post::id);

	/**
	 * Start the Spring Data JDBC application.
	 * @param dataSource the data source
	 */
	public TagsAggregateSystem(CountingDataSource dataSource) {
		super(dataSource, JunctionApplication.class);
		this.posts = bean(PostRepository.class);
		this.tags = bean(TagRepository.class);
		this.reads = transactions(true);
	}

	@Override
	public void hold(long[] postIds, long[] tagIds) {
		this.heldPosts.load(postIds, this.posts::findAllById);
	}

	@Override
	public void setTags(long postId, long[] tagIds) {
		Set<TagLink> links = new LinkedHashSet<>();
		for (long tagId : tagIds) {
			links.add(TagLink.to(tagId));
		}
		this.heldPosts.put(this.posts.save(this.heldPosts.get(postId).withTags(links)));
	}

	@Override
	public void addTag(long postId, long tagId) {
		Post post = this.heldPosts.get(postId);
		Set<TagLink> links = new LinkedHashSet<>(post.tags());
		links.add(TagLink.to(tagId));
		this.heldPosts.put(this.posts.save(post.withTags(links)));
	}

	@Override
	public List<PostWithTags> loadPostsWithTags(long[] postIds) {
		List<PostWithTags> loaded = this.reads.execute((status) -> {
			List<Post> posts = this.posts.findAllById(Arrays.stream(postIds).boxed().toList());
			Map<Long, Tag> tags = new HashMap<>();
			this.tags
				.findAllById(
						posts.stream().flatMap((post) -> post.tags().stream()).map(TagLink::tagId).distinct().toList())
				.forEach((tag) -> tags.put(tag.id(), tag));
			return posts.stream()
				.map((post) -> new PostWithTags(post,
						post.tags().stream().map((link) -> tags.get(link.tagId())).toList()))
				.toList();
		});
		return Objects.requireNonNull(loaded);
	}

	@Override
	public OwnerView view(Object loaded) {
		PostWithTags post = (PostWithTags) loaded;
		return new OwnerView(Objects.requireNonNull(post.post().id()),
				post.tags().stream().map((tag) -> Objects.requireNonNull(tag.id())).toList());
	}

	/**
	 * A post with its tags, as the application assembles them.
	 *
	 * @param post the post
	 * @param tags its tags
	 */
	record PostWithTags(Post post, List<Tag> tags) {

	}

}
