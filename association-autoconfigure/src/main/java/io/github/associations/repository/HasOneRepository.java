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

package io.github.associations.repository;

import org.jspecify.annotations.Nullable;

/**
 * The hasOne side of a one-to-one association, {@code User.profile}: the target's table
 * holds the foreign key. Inject it typed, with {@link As @As} when the two models have
 * several associations:
 *
 * <pre class="code">
 * HasOneRepository&lt;User, Profile&gt; profiles;
 * </pre>
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface HasOneRepository<S, T> extends OneToOneRepository<S, T> {

	/**
	 * Link a target with a source. The source's previous target is unlinked (its foreign
	 * key set to {@code NULL}), or deleted when the foreign key is {@code NOT NULL} or
	 * the association destroys previous targets. A new target is inserted with the
	 * foreign key in one statement; an existing one has only its foreign key updated, and
	 * is taken from the source it was linked with.
	 * @param source a saved source
	 * @param target the target, or {@code null} to unlink (or delete) the source's target
	 * @return the target as stored, or {@code null}
	 */
	@Nullable T set(S source, @Nullable T target);

}
