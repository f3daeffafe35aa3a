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
 * nor deadlock. Writes of one source's links take turns on a transaction-scoped advisory
 * lock of the source's key in the association: {@code add}s share it, a {@code set} or
 * {@code remove} takes it alone, first, with a statement of its own, so that a source
 * ends with its last committed {@code set}'s targets and the {@code add}s and
 * {@code remove}s committed after it. The lock is the association's side's: writes
 * through the inverse association lock their own sources. A target key that does not
 * exist raises {@link MissingEntityException} naming every missing key, and the call
 * writes nothing; an unsaved source or target raises
 * {@link org.springframework.dao.InvalidDataAccessApiUsageException}. Other conflicts
 * with concurrent transactions surface as
 * {@link org.springframework.dao.ConcurrencyFailureException} and its subclasses: retry
 * the whole transaction.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface BelongsToManyRepository<S, T> extends ToManyRepository<S, T> {

	/**
	 * Link a target with a source, with the values of the junction model's columns; a
	 * link that exists already gets the new values. One statement, and one more for a new
	 * target, which is inserted first.
	 * @param source a saved source
	 * @param target a saved or new target
	 * @param payload an instance of the junction model, whose key properties and id are
	 * ignored
	 * @return the target as stored
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when the
	 * association has no junction model, or the payload is not one
	 */
	T add(S source, T target, Object payload);

	/**
	 * Change the values of the junction model's columns of links of a source, with one
	 * statement for as many links as PostgreSQL's 65,535 bind parameters allow (a target
	 * key and the payload's values per link: 16,381 links with three payload columns),
	 * and one more, in the same transaction and in key order, for each further such
	 * number. A target that is not linked with the source raises
	 * {@link MissingEntityException} naming every such target, and nothing changes. A
	 * junction model without columns beyond its keys has nothing to change, and this
	 * method checks nothing.
	 * @param source a saved source
	 * @param targets saved targets linked with the source, each once
	 * @param payloads instances of the junction model, one per target in the same order
	 */
	void setPayload(S source, Iterable<? extends T> targets, Iterable<?> payloads);

}
