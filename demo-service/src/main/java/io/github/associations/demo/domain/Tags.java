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

package io.github.associations.demo.domain;

import java.util.List;
import java.util.Set;

import io.github.associations.repository.Associations;
import io.github.associations.repository.BelongsToManyRepository;
import io.github.associations.repository.EagerQuery;
import io.github.associations.repository.Include;
import io.github.associations.repository.Loaded;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tags and the tags of posts: what the API does with them, each operation in one
 * transaction.
 */
@Service
public class Tags {

	static final Sort BY_NAME = Sort.by("name");

	private static final Sort NEWEST_FIRST = Sort.by("id").descending();

	private final TagRepository tags;

	private final PostRepository posts;

	private final Associations associations;

	private final BelongsToManyRepository<Post, Tag> postTags;

	Tags(TagRepository tags, PostRepository posts, Associations associations) {
		this.tags = tags;
		this.posts = posts;
		this.associations = associations;
		this.postTags = associations.belongsToMany(Post.class, Tag.class);
	}

	/**
	 * Create a tag: one {@code INSERT}; a name taken already fails on its unique
	 * constraint.
	 * @param name the name
	 * @return the tag as stored
	 */
	@Transactional
	public Tag create(String name) {
		return this.tags.save(new Tag(null, name));
	}

	/**
	 * Return a tag with its included associations: its newest posts, at most a number.
	 * @param id the tag's id
	 * @param includes the associations to include
	 * @param postsLimit the maximum number of posts included
	 * @return the tag
	 */
	@Transactional(readOnly = true)
	public Loaded<Tag> tag(long id, Set<String> includes, int postsLimit) {
		EagerQuery<Tag> query = this.associations.load(Tag.class);
		if (includes.contains("posts")) {
			query = query.include("posts", Include.optional().sort(NEWEST_FIRST).limit(postsLimit));
		}
		return query.byId(id).orElseThrow(() -> new NotFoundException("Tag " + id + " does not exist"));
	}

	/**
	 * Give a post exactly these tags: the others are unlinked, and nothing changes when
	 * the post or one of the tags does not exist.
	 * @param postId the post's id
	 * @param tagIds the ids of the tags
	 * @return the post's tags, by name
	 */
	@Transactional
	public List<Tag> set(long postId, Set<Long> tagIds) {
		Post post = Post.withId(postId);
		this.postTags.set(post, tagIds.stream().map(Tag::withId).toList());
		return this.postTags.get(post, BY_NAME, tagIds.size());
	}

	/**
	 * Tag a post; tagging it again changes nothing.
	 * @param postId the post's id
	 * @param tagId the tag's id
	 */
	@Transactional
	public void link(long postId, long tagId) {
		this.postTags.add(Post.withId(postId), Tag.withId(tagId));
	}

	/**
	 * Take a tag off a post; a tag the post does not carry changes nothing.
	 * @param postId the post's id
	 * @param tagId the tag's id
	 */
	@Transactional
	public void unlink(long postId, long tagId) {
		if (!this.posts.existsById(postId)) {
			throw new NotFoundException("Post " + postId + " does not exist");
		}
		this.postTags.remove(Post.withId(postId), Tag.withId(tagId));
	}

	/**
	 * Delete a tag; the database deletes its links with posts.
	 * @param id the tag's id
	 */
	@Transactional
	public void delete(long id) {
		if (!this.tags.existsById(id)) {
			throw new NotFoundException("Tag " + id + " does not exist");
		}
		this.tags.deleteById(id);
	}

}
