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

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The source side of a to-many association: a {@link HasManyRepository hasMany}, whose
 * targets hold the foreign key, or a {@link BelongsToManyRepository belongsToMany}, whose
 * links are rows of a junction table. What linking and unlinking write is the subtype's.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface ToManyRepository<S, T> extends AssociationRepository<S, T> {

	/**
	 * Return the targets of a source, with one query.
	 * @param source a saved source
	 * @return the targets, ordered by id
	 */
	default List<T> get(S source) {
		return get(source, Sort.unsorted(), Integer.MAX_VALUE);
	}

	/**
	 * Return the first targets of a source in an order, with one query.
	 * @param source a saved source
	 * @param sort the order, by the target's properties; ties are ordered by id
	 * @param limit the maximum number of targets
	 * @return the targets
	 */
	List<T> get(S source, Sort sort, int limit);

	/**
	 * Return a slice of the targets of a source, with one query.
	 * @param source a saved source
	 * @param pageable the page, with its order (by id when unsorted)
	 * @return the slice, which says whether more targets follow
	 */
	Slice<T> get(S source, Pageable pageable);

	/**
	 * Return the targets of many sources, with one query whatever their number.
	 * @param sources saved sources
	 * @return the targets by source key, in the order of the sources; a source without
	 * targets maps to an empty list
	 */
	Map<Object, List<T>> getAll(Iterable<? extends S> sources);

	/**
	 * Count the targets of a source, with one query.
	 * @param source a saved source
	 * @return the number of targets
	 */
	long count(S source);

	/**
	 * Return whether a target is linked with a source, with one query.
	 * @param source a saved source
	 * @param target a saved target
	 * @return whether the target is linked with the source
	 */
	default boolean has(S source, T target) {
		return has(source, List.of(target));
	}

	/**
	 * Return whether all the given targets are linked with a source, with one query.
	 * @param source a saved source
	 * @param targets saved targets
	 * @return whether every target is linked with the source ({@code true} for none)
	 */
	boolean has(S source, Iterable<? extends T> targets);

	/**
	 * Link a target with a source, or insert it linked when it is new. A hasMany takes
	 * the target from its previous source.
	 * @param source a saved source
	 * @param target a saved or new target
	 * @return the target as stored
	 */
	default T add(S source, T target) {
		return add(source, List.of(target)).get(0);
	}

	/**
	 * Link targets with a source and insert the new ones: one statement for the saved
	 * targets and one batch of {@code INSERT}s for the new ones. A hasMany takes the
	 * targets from their previous sources. Linking a target linked already writes
	 * nothing.
	 * @param source a saved source
	 * @param targets saved or new targets
	 * @return the targets as stored, in the given order
	 */
	List<T> add(S source, Iterable<? extends T> targets);

	/**
	 * Unlink a target from a source. A hasMany deletes it instead when the association
	 * destroys removed targets or the foreign key is {@code NOT NULL}.
	 * @param source a saved source
	 * @param target a saved target
	 * @return whether the target was linked with the source
	 */
	default boolean remove(S source, T target) {
		return remove(source, List.of(target)) > 0;
	}

	/**
	 * Unlink those of the targets that are linked with a source: one statement for a
	 * hasMany, which deletes them instead when the association destroys removed targets
	 * or the foreign key is {@code NOT NULL}; for a belongsToMany, one that takes the
	 * lock of the source's links (see {@link BelongsToManyRepository}) and one that
	 * deletes them. A source that does not exist has nothing to remove.
	 * @param source a saved source
	 * @param targets saved targets
	 * @return the number of targets removed
	 */
	int remove(S source, Iterable<? extends T> targets);

	/**
	 * Make a source linked with exactly the given targets: the others are unlinked (a
	 * hasMany may delete them, as {@link #remove(Object, Iterable) remove}), the saved
	 * ones given are linked, the new ones inserted. Locks the source's row (a hasMany) or
	 * its links (a belongsToMany, see {@link BelongsToManyRepository}), so that
	 * concurrent {@code set}s of one source take turns, then writes in one statement
	 * whatever the number of targets, and inserts the new ones in one batch: three
	 * statements at most, without reading any data first.
	 * @param source a saved source
	 * @param targets saved or new targets
	 * @return the targets as stored, in the given order
	 */
	List<T> set(S source, Iterable<? extends T> targets);

	/**
	 * Insert a new target linked with a source: one {@code INSERT} for a hasMany, and one
	 * more for the junction row of a belongsToMany.
	 * @param source a saved source
	 * @param target a new target
	 * @return the target as stored, with its id
	 */
	T create(S source, T target);

}
