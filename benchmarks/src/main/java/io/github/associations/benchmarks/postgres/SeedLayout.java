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
 * How the seeded posts are laid out: every {@value #WRITER_EVERY}th user, a writer, has
 * {@value #WRITER_POSTS} posts, followed in id order by {@value #SPARE_POSTS} posts
 * without a user (its spare posts, which the benchmarks link with it and unlink again);
 * every other user, a reader, has {@value #READER_POSTS} posts.
 */
public final class SeedLayout {

	/**
	 * Every user whose id is a multiple of this number is a writer.
	 */
	public static final int WRITER_EVERY = 20;

	/**
	 * The posts of a writer.
	 */
	public static final int WRITER_POSTS = 10;

	/**
	 * The posts without a user that follow a writer's own.
	 */
	public static final int SPARE_POSTS = 5;

	/**
	 * The posts of every other user.
	 */
	public static final int READER_POSTS = 5;

	private SeedLayout() {
	}

}
