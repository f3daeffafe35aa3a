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

/**
 * The source side of a many-to-many association, such as {@code Post.tags} for
 * {@code Post.belongsToMany(Tag.class, through("post_tags"))}: a junction table holds one
 * row per linked pair. Writes run in a transaction that joins the caller's
 * ({@code REQUIRED}) and roll back completely on failure; they write only junction rows
 * (and the new targets given), never the targets' rows. Reads join a caller's transaction
 * when there is one ({@code SUPPORTS}, read-only). Lists are ordered by the target's id
 * unless sorted.
 * <p>
 * Linking is idempotent and safe under concurrency: a pair linked already, by this call
 * or by a concurrent transaction, is left as it is ({@code INSERT … ON CONFLICT DO
 * NOTHING}, rows in key order), so concurrent {@code add}s of the same links neither fail
 * nor deadlock. Writes of one source's links take turns on its row: {@code add}s share
 * it, a {@code set} or {@code remove} locks it alone, first, with a statement of its own,
 * so that a source ends with its last committed {@code set}'s targets and the
 * {@code add}s and {@code remove}s committed after it. A target key that does not exist
 * raises {@link MissingEntityException} naming every missing key, and the call writes
 * nothing; an unsaved source or target raises
 * {@link org.springframework.dao.InvalidDataAccessApiUsageException}. Other conflicts
 * with concurrent transactions surface as
 * {@link org.springframework.dao.ConcurrencyFailureException} and its subclasses: retry
 * the whole transaction.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface BelongsToManyRepository<S, T> extends ToManyRepository<S, T> {

}
