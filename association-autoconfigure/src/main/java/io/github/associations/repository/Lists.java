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

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Lists of what repositories are given and what their statements report.
 */
final class Lists {

	private Lists() {
	}

	/**
	 * Return the elements of an iterable in a list of its own.
	 */
	static <T> List<T> of(Iterable<? extends T> elements) {
		List<T> list = new ArrayList<>();
		elements.forEach(list::add);
		return list;
	}

	/**
	 * Return the elements of an SQL array, none for {@code NULL}.
	 */
	static List<Object> of(@Nullable Array array) throws SQLException {
		List<Object> values = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(value);
			}
		}
		return values;
	}

}
