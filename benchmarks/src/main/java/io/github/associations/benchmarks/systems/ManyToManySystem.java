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

package io.github.associations.benchmarks.systems;

import java.util.List;

/**
 * A data-access system doing the benchmarked many-to-many operations between posts and
 * tags ({@code post_tags (post_id, tag_id)}, its primary key the pair, both foreign keys
 * cascading, indexed on {@code tag_id}), each the way its users write it.
 */
public interface ManyToManySystem extends BenchmarkedSystem {

	/**
	 * Hold posts and tags the operations will use, as an application holds entities it
	 * loaded before; systems that work with ids alone hold nothing. Called again for the
	 * posts whose links a benchmark put back, so that what the system holds matches the
	 * rows. Not timed.
	 * @param postIds ids of posts
	 * @param tagIds ids of tags
	 */
	default void hold(long[] postIds, long[] tagIds) {
	}

	/**
	 * Make a post's tags exactly the given ones, in one transaction.
	 * @param postId the post
	 * @param tagIds the tags the post ends with
	 */
	void setTags(long postId, long[] tagIds);

	/**
	 * Add a saved tag to a post's tags, in one transaction.
	 * @param postId the post
	 * @param tagId the tag
	 */
	void addTag(long postId, long tagId);

	/**
	 * Load posts with their tags.
	 * @param postIds the posts' ids
	 * @return the posts in the system's own form
	 */
	List<?> loadPostsWithTags(long[] postIds);

	/**
	 * Describe one element of {@link #loadPostsWithTags}'s result, for checking it.
	 * @param loaded an element of the result
	 * @return the post's id and its tags' ids
	 */
	OwnerView view(Object loaded);

}
