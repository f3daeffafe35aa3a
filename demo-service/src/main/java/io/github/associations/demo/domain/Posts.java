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
import io.github.associations.repository.EagerQuery;
import io.github.associations.repository.HasManyRepository;
import io.github.associations.repository.Include;
import io.github.associations.repository.Loaded;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts of users: what the API does with them, each operation in one transaction.
 */
@Service
public class Posts {

	private static final Sort NEWEST_FIRST = Sort.by("id").descending();

	private final UserRepository users;

	private final PostRepository posts;

	private final Associations associations;

	private final HasManyRepository<User, Post> userPosts;

	Posts(UserRepository users, PostRepository posts, Associations associations) {
		this.users = users;
		this.posts = posts;
		this.associations = associations;
		this.userPosts = associations.hasMany(User.class, Post.class);
	}

	/**
	 * Write a new post of a user: one {@code INSERT} with the author.
	 * @param userId the author's id
	 * @param title the title
	 * @param body the text
	 * @return the post as stored
	 */
	@Transactional
	public Post write(long userId, String title, String body) {
		return this.userPosts.create(requireUser(userId), new Post(null, title, body, null));
	}

	/**
	 * Return one page of a user's posts, newest (highest id) first: one query for the
	 * page, one for the total.
	 * @param userId the user's id
	 * @param page the page, from 0
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<Post> of(long userId, Pageable page) {
		User user = requireUser(userId);
		Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
		List<Post> content = this.userPosts.get(user, newestFirst).getContent();
		return new PageImpl<>(content, newestFirst, this.userPosts.count(user));
	}

	/**
	 * Make a user the author of exactly these posts: the others are unlinked, and nothing
	 * changes when one of them does not exist.
	 * @param userId the user's id
	 * @param postIds the ids of the posts
	 * @return the user's posts, newest first
	 */
	@Transactional
	public List<Post> set(long userId, Set<Long> postIds) {
		User user = requireUser(userId);
		this.userPosts.set(user, postIds.stream().map(Post::withId).toList());
		return this.userPosts.get(user, NEWEST_FIRST, postIds.size());
	}

	/**
	 * Unlink a post from its author; the post stays, without an author.
	 * @param userId the author's id
	 * @param postId the post's id
	 */
	@Transactional
	public void unlink(long userId, long postId) {
		if (!this.userPosts.remove(requireUser(userId), Post.withId(postId))) {
			throw new NotFoundException("User " + userId + " has no post " + postId);
		}
	}

	/**
	 * Return a post with its included associations.
	 * @param id the post's id
	 * @param includes the associations to include
	 * @param tagsLimit the maximum number of tags included, by name
	 * @return the post
	 */
	@Transactional(readOnly = true)
	public Loaded<Post> post(long id, Set<String> includes, int tagsLimit) {
		return load(includes, tagsLimit).byId(id)
			.orElseThrow(() -> new NotFoundException("Post " + id + " does not exist"));
	}

	/**
	 * Return one page of the posts, ordered by id, with their included associations: one
	 * query for the page, one for the total, and one for the tags of the whole page when
	 * they are included.
	 * @param includes the associations to include
	 * @param page the page, from 0
	 * @param tagsLimit the maximum number of tags included per post, by name
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<Loaded<Post>> posts(Set<String> includes, Pageable page, int tagsLimit) {
		Pageable byId = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("id"));
		List<Loaded<Post>> content = load(includes, tagsLimit).matching(Query.empty().with(byId)).all();
		return new PageImpl<>(content, byId, this.posts.count());
	}

	/**
	 * Delete a post; the database deletes its links with tags.
	 * @param id the post's id
	 */
	@Transactional
	public void delete(long id) {
		if (!this.posts.existsById(id)) {
			throw new NotFoundException("Post " + id + " does not exist");
		}
		this.posts.deleteById(id);
	}

	private EagerQuery<Post> load(Set<String> includes, int tagsLimit) {
		EagerQuery<Post> query = this.associations.load(Post.class);
		for (String include : includes) {
			query = include.equals("tags")
					? query.include(include, Include.optional().sort(Tags.BY_NAME).limit(tagsLimit))
					: query.include(include);
		}
		return query;
	}

	private User requireUser(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User " + id + " does not exist"));
	}

}
