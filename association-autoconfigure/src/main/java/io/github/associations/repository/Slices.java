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

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;

/**
 * Reads the pages of a to-many association's targets: one more target than the page asks
 * for tells whether more follow, without counting them.
 */
final class Slices {

	private Slices() {
	}

	/**
	 * Read a slice of targets.
	 * @param pageable the page, with its order
	 * @param targets what reads the targets in an order, at most a number from an offset
	 * @return the slice
	 */
	static <T> Slice<T> of(Pageable pageable, Targets<T> targets) {
		if (pageable.isUnpaged()) {
			return new SliceImpl<>(targets.read(pageable.getSort(), Integer.MAX_VALUE, 0), pageable, false);
		}
		List<T> read = targets.read(pageable.getSort(), pageable.getPageSize() + 1, pageable.getOffset());
		boolean hasNext = read.size() > pageable.getPageSize();
		return new SliceImpl<>(hasNext ? read.subList(0, pageable.getPageSize()) : read, pageable, hasNext);
	}

	/**
	 * Check the limit of a read of targets.
	 * @param association the association, for the message
	 * @param limit the limit
	 * @throws InvalidDataAccessApiUsageException when it is negative
	 */
	static void requireLimit(String association, int limit) {
		if (limit < 0) {
			throw new InvalidDataAccessApiUsageException(
					association + ": the limit must not be negative, but is " + limit);
		}
	}

	/**
	 * What reads targets in an order, at most a number from an offset.
	 */
	@FunctionalInterface
	interface Targets<T> {

		List<T> read(Sort sort, int limit, long offset);

	}

}
