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
 * The source side of a one-to-many association, such as {@code User.posts} for
 * {@code User.hasMany(Post)}: the targets' table holds the foreign key, not unique.
 * Writes run in a transaction that joins the caller's ({@code REQUIRED}) and roll back
 * completely on failure; they write only the foreign key column, never deleting and
 * reinserting. Reads join a caller's transaction when there is one ({@code SUPPORTS},
 * read-only). Lists are ordered by the target's id unless sorted.
 * <p>
 * Entities are immutable values for Spring Data: the methods that write return the
 * targets as stored, with their ids and, when the target maps it, the foreign key
 * property. A target id that does not exist raises {@link MissingEntityException} naming
 * every missing id; an unsaved source raises
 * {@link org.springframework.dao.InvalidDataAccessApiUsageException}. Conflicts with
 * concurrent transactions (a deadlock, a lock timeout) surface as
 * {@link org.springframework.dao.ConcurrencyFailureException} and its subclasses: retry
 * the whole transaction.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface HasManyRepository<S, T> extends ToManyRepository<S, T> {

}
