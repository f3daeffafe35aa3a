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

package io.github.associations.benchmarks.postgres;

/**
 * How the seeded tags are laid out: {@value #TAGS} tags, and the first
 * {@value #TAGGED_POSTS} posts of readers (users that are not writers in
 * {@link SeedLayout}, whose posts no benchmark deletes) tagged through {@code post_tags}.
 * Every tagged post whose id is a multiple of {@value #SETTER_EVERY}, a setter, has
 * {@value #SETTER_TAGS} tags; every other one has {@value #READER_TAGS}. The tags of a
 * post are {@link #tag(long, int)} for the numbers from 0, in order; the next numbers are
 * the tags the benchmarks give it.
 */
public final class TagLayout {

	/**
	 * The number of tags, with ids from 1.
	 */
	public static final int TAGS = 1_000;

	/**
	 * The number of posts that have tags.
	 */
	public static final int TAGGED_POSTS = 50_000;

	/**
	 * Every tagged post whose id is a multiple of this number is a setter.
	 */
	public static final int SETTER_EVERY = 10;

	/**
	 * The tags of a setter.
	 */
	public static final int SETTER_TAGS = 10;

	/**
	 * The tags of every other tagged post.
	 */
	public static final int READER_TAGS = 5;

	/**
	 * The spare tags of a setter, which setting its tags swaps for its first ones.
	 */
	public static final int SPARE_TAGS = 5;

	/**
	 * Multiplies the tag's number; coprime with {@link #TAGS}, so that a post's tags of
	 * every number below {@link #TAGS} are distinct.
	 */
	private static final int NUMBER_STEP = 101;

	/**
	 * Multiplies the post's id, so that neighbouring posts have different tags.
	 */
	private static final int POST_STEP = 37;

	private TagLayout() {
	}

	/**
	 * Return one of a post's tags.
	 * @param post the post's id
	 * @param number the tag's number, from 0
	 * @return the tag's id
	 */
	public static long tag(long post, int number) {
		return ((post * POST_STEP + (long) number * NUMBER_STEP) % TAGS) + 1;
	}

	/**
	 * Return the SQL expression of {@link #tag(long, int)}.
	 * @param post the post's id column
	 * @param number the tag's number column
	 * @return the expression
	 */
	static String tagSql(String post, String number) {
		return "((" + post + " * " + POST_STEP + " + " + number + " * " + NUMBER_STEP + ") % " + TAGS + ") + 1";
	}

	/**
	 * Return whether a tagged post is a setter.
	 * @param post the post's id
	 * @return whether it is
	 */
	public static boolean setter(long post) {
		return post % SETTER_EVERY == 0;
	}

}
