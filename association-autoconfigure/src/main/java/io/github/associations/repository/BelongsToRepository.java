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
 * The belongsTo side of a one-to-one association, {@code Profile.user}: the source's
 * table holds the foreign key. Inject it typed, with {@link As @As} when the two models
 * have several associations:
 *
 * <pre class="code">
 * BelongsToRepository&lt;Profile, User&gt; owners;
 * </pre>
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface BelongsToRepository<S, T> extends OneToOneRepository<S, T> {

	/**
	 * Point a source's foreign key at a target. With a unique foreign key, a source that
	 * pointed at the target before is unlinked first.
	 * @param source a saved source
	 * @param target a saved target, or {@code null} to set the foreign key to
	 * {@code NULL}
	 * @return the source as stored
	 */
	S set(S source, @Nullable T target);

}
