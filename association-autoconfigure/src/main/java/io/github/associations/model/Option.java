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

package io.github.associations.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A named option with its value, as the option factories of associations and attributes
 * create them.
 *
 * @param <N> the type of the option names
 */
abstract class Option<N extends Enum<N> & Option.Named> {

	private final N name;

	private final Object value;

	Option(N name, Object value) {
		this.name = name;
		this.value = Objects.requireNonNull(value, () -> name.label() + " must not be null");
	}

	N name() {
		return this.name;
	}

	Object value() {
		return this.value;
	}

	/**
	 * Collect the values of options by name.
	 * @param <N> the type of the option names
	 * @param type the type of the option names
	 * @param options the options
	 * @param givenTwice the exception for an option given twice
	 * @return the values by name
	 */
	static <N extends Enum<N> & Named> Map<N, Object> values(Class<N> type, List<? extends Option<N>> options,
			Function<N, InvalidModelException> givenTwice) {
		Map<N, Object> values = new EnumMap<>(type);
		for (Option<N> option : options) {
			if (values.put(option.name(), option.value()) != null) {
				throw givenTwice.apply(option.name());
			}
		}
		return values;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other != null) && other.getClass() == getClass() && this.name == ((Option<?>) other).name
				&& this.value.equals(((Option<?>) other).value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.value);
	}

	@Override
	public String toString() {
		return this.name.label() + "(" + ((this.value instanceof String) ? "\"" + this.value + "\"" : this.value) + ")";
	}

	/**
	 * The name of an option as the code that declares it spells it.
	 */
	interface Named {

		String label();

	}

}
