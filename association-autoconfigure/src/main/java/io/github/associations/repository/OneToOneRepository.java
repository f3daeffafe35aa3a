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

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One side of a one-to-one association between two models, such as {@code User.profile}
 * or {@code Profile.user}. Writes run in a transaction that joins the caller's
 * ({@code REQUIRED}) and roll back completely on failure; reads join a caller's
 * transaction when there is one ({@code SUPPORTS}, read-only).
 * <p>
 * Entities are immutable values for Spring Data: the methods that write return the entity
 * as stored, with its id and, when the entity maps it, its foreign key property. Linking
 * an existing source and target, {@code set}, is declared by each side with the entity it
 * returns: {@link HasOneRepository#set} returns the target, whose row holds the foreign
 * key; {@link BelongsToRepository#set} returns the source.
 * <p>
 * Conflicts with concurrent transactions (a unique violation between two linkers, a
 * deadlock, a lock timeout) surface as
 * {@link org.springframework.dao.ConcurrencyFailureException} and its subclasses: retry
 * the whole transaction.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface OneToOneRepository<S, T> extends AssociationRepository<S, T> {

	/**
	 * Return the target of a source, with one query.
	 * @param source a saved source
	 * @return the target, or empty when the source has none
	 */
	Optional<T> get(S source);

	/**
	 * Return the targets of many sources, with one query whatever their number.
	 * @param sources saved sources
	 * @return the targets by source id; sources without a target are absent
	 */
	Map<Object, T> getAll(Iterable<? extends S> sources);

	/**
	 * Insert a new target and link it with a source.
	 * @param source a saved source
	 * @param target a new target
	 * @return the target as stored, with its id
	 */
	T create(S source, T target);

	/**
	 * Save a source, new or changed, and link it with a target, new or existing, in one
	 * transaction: a new source and a new target take two {@code INSERT}s.
	 * @param source the source
	 * @param target the target, or {@code null}
	 * @return the source and the target as stored
	 */
	Linked<S, T> save(S source, @Nullable T target);

}
