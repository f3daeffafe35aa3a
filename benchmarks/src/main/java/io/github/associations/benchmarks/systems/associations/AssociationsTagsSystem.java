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

package io.github.associations.benchmarks.systems.associations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.ManyToManySystem;
import io.github.associations.benchmarks.systems.OwnerView;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.repository.Associations;
import io.github.associations.repository.BelongsToManyRepository;
import io.github.associations.repository.Loaded;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/**
 * The association repositories for the many-to-many:
 * {@code BelongsToManyRepository<Post, Tag>} for the writes, eager loading for reads.
 */
public final class AssociationsTagsSystem extends SpringSystem implements ManyToManySystem {

	private final BelongsToManyRepository<Post, Tag> tags;

	private final Associations associations;

	private final HeldEntities<Post> heldPosts = new HeldEntities<>(Post::id);

	private final HeldEntities<Tag> heldTags = new HeldEntities<>(Tag::id);

	/**
	 * Start the association repositories' application.
	 * @param dataSource the data source
	 * @param properties further properties, as {@code name=value}
	 */
	public AssociationsTagsSystem(CountingDataSource dataSource, String... properties) {
		super(dataSource, AssociationsApplication.class, properties);
		this.associations = bean(Associations.class);
		this.tags = this.associations.belongsToMany(Post.class, Tag.class);
	}

	@Override
	public void hold(long[] postIds, long[] tagIds) {
		JdbcAggregateOperations aggregates = bean(JdbcAggregateOperations.class);
		this.heldPosts.load(postIds, (ids) -> aggregates.findAllById(ids, Post.class));
		this.heldTags.load(tagIds, (ids) -> aggregates.findAllById(ids, Tag.class));
	}

	@Override
	public void setTags(long postId, long[] tagIds) {
		List<Tag> tags = new ArrayList<>(tagIds.length);
		for (long tagId : tagIds) {
			tags.add(this.heldTags.get(tagId));
		}
		this.tags.set(this.heldPosts.get(postId), tags);
	}

	@Override
	public void addTag(long postId, long tagId) {
		this.tags.add(this.heldPosts.get(postId), this.heldTags.get(tagId));
	}

	@Override
	public List<Loaded<Post>> loadPostsWithTags(long[] postIds) {
		return this.associations.load(Post.class).include("tags").byIds(Arrays.stream(postIds).boxed().toList());
	}

	@Override
	public OwnerView view(Object loaded) {
		@SuppressWarnings("unchecked")
		Loaded<Post> post = (Loaded<Post>) loaded;
		return new OwnerView(Objects.requireNonNull(post.entity().id()),
				post.getList("tags", Tag.class).stream().map(Tag::id).toList());
	}

}
