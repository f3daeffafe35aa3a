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
 * A repository of one declared association, such as {@code User.profile} or
 * {@code User.posts}: what every kind has, its name.
 *
 * @param <S> the source type
 * @param <T> the target type
 */
public interface AssociationRepository<S, T> {

	/**
	 * Return the association's name qualified with its source, as messages name it.
	 * @return for example {@code User.profile}
	 */
	String name();

	/**
	 * Return the association's name, as eager queries include it and loaded entities
	 * return its targets.
	 * @return for example {@code profile}
	 */
	default String as() {
		String name = name();
		return name.substring(name.lastIndexOf('.') + 1);
	}

}
