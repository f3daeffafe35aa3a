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

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;

/**
 * Records the events Spring Data publishes for entities.
 */
final class RelationalEvents implements ApplicationListener<AbstractRelationalEvent<?>> {

	private final List<AbstractRelationalEvent<?>> events = new ArrayList<>();

	@Override
	public synchronized void onApplicationEvent(AbstractRelationalEvent<?> event) {
		this.events.add(event);
	}

	synchronized void clear() {
		this.events.clear();
	}

	/**
	 * Return the names of the events published for entities equal to the given one, or of
	 * its type without an id yet.
	 */
	synchronized List<String> names(Object entity) {
		return this.events.stream()
			.filter((event) -> entity.getClass().isInstance(event.getEntity()))
			.map((event) -> springDataType(event.getClass()).getSimpleName())
			.toList();
	}

	/**
	 * Return the event class of Spring Data an event is.
	 */
	private static Class<?> springDataType(Class<?> type) {
		Class<?> candidate = type;
		while (!candidate.getPackageName().equals(AbstractRelationalEvent.class.getPackageName())) {
			candidate = candidate.getSuperclass();
		}
		return candidate;
	}

}
