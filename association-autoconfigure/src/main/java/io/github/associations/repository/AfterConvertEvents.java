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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.AbstractApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.NativeDetector;
import org.springframework.core.ResolvableType;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.util.ReflectionUtils;

/**
 * Publishes Spring Data's {@link AfterConvertEvent} of the entities read, as Spring Data
 * JDBC does, where a listener receives it. Spring Data JDBC publishes the event of every
 * entity; most entity types have no listener for it, and each event still costs a lookup
 * of listeners and several objects. So each {@link Publication} (one per query) asks the
 * event multicasters of the application context and of its parents once per entity type
 * whether any of their listeners receives the type's event, with Spring's own matching,
 * and publishes every entity's event where one does. A listener added while a query runs
 * receives the events of the next query. A prototype listener bean is created for the
 * question as it is for each event.
 * <p>
 * Where the multicasters cannot be asked (a publisher that is not an
 * {@link AbstractApplicationContext}, a context that is not running, such as one still
 * starting, a multicaster that is not an {@link AbstractApplicationEventMulticaster}, a
 * native image), every event is published.
 */
final class AfterConvertEvents {

	private static final @Nullable Method LISTENERS = listenersMethod();

	private final ApplicationEventPublisher publisher;

	private final EntityEvents events = new EntityEvents();

	AfterConvertEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Start publishing the events of one query's entities.
	 */
	Publication publication() {
		return new Publication();
	}

	private AfterConvertEvent<Object> event(Object entity) {
		return this.events.afterConvert(entity);
	}

	/**
	 * Return whether a listener receives an event, or {@code true} when that cannot be
	 * known.
	 */
	private boolean received(AfterConvertEvent<?> event) {
		Method listeners = LISTENERS;
		List<AbstractApplicationEventMulticaster> multicasters = multicastersOf(this.publisher);
		if (listeners == null || multicasters == null) {
			return true;
		}
		try {
			for (AbstractApplicationEventMulticaster multicaster : multicasters) {
				Object found = ReflectionUtils.invokeMethod(listeners, multicaster, event, event.getResolvableType());
				if (!(found instanceof Collection<?> collection) || !collection.isEmpty()) {
					return true;
				}
			}
			return false;
		}
		catch (RuntimeException ex) {
			// Publishing tells the caller what went wrong, as Spring Data's would
			return true;
		}
	}

	/**
	 * Return the multicasters an event published to a publisher reaches, or {@code null}
	 * when they cannot be asked for their listeners: also while a context starts (before
	 * it runs, it holds events back for the listeners it has yet to register) or after it
	 * stopped. Looked up for every question, since a context refreshed again has a new
	 * multicaster.
	 */
	private static @Nullable List<AbstractApplicationEventMulticaster> multicastersOf(
			ApplicationEventPublisher publisher) {
		if (!(publisher instanceof ApplicationContext applicationContext)) {
			return null;
		}
		List<AbstractApplicationEventMulticaster> multicasters = new ArrayList<>();
		for (ApplicationContext context = applicationContext; context != null; context = context.getParent()) {
			AbstractApplicationEventMulticaster multicaster = (context instanceof AbstractApplicationContext running
					&& running.isRunning()) ? multicaster(running) : null;
			if (multicaster == null) {
				return null;
			}
			multicasters.add(multicaster);
		}
		return multicasters;
	}

	/**
	 * Return a context's own multicaster, or {@code null} when it has none that can be
	 * asked.
	 */
	private static @Nullable AbstractApplicationEventMulticaster multicaster(AbstractApplicationContext context) {
		try {
			Object multicaster = context.getBeanFactory()
				.getSingleton(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME);
			return (multicaster instanceof AbstractApplicationEventMulticaster askable) ? askable : null;
		}
		catch (IllegalStateException ex) {
			// Not refreshed yet, or closed
			return null;
		}
	}

	/**
	 * Return Spring's {@code getApplicationListeners(ApplicationEvent, ResolvableType)},
	 * the matching of listeners its multicasters apply to each event, with their cache;
	 * {@code null} in a native image, or where it is missing.
	 */
	private static @Nullable Method listenersMethod() {
		if (NativeDetector.inNativeImage()) {
			return null;
		}
		Method method = ReflectionUtils.findMethod(AbstractApplicationEventMulticaster.class, "getApplicationListeners",
				ApplicationEvent.class, ResolvableType.class);
		if (method == null || !Collection.class.isAssignableFrom(method.getReturnType())
				|| !method.trySetAccessible()) {
			return null;
		}
		return method;
	}

	/**
	 * The events of one query's entities: whether a type's event has a listener is asked
	 * at its first entity.
	 */
	final class Publication {

		private Class<?>[] types = new Class<?>[2];

		private boolean[] received = new boolean[2];

		private int size;

		/**
		 * Publish the event of an entity read, where a listener receives it.
		 */
		void publish(Object entity) {
			Class<?> type = entity.getClass();
			for (int i = 0; i < this.size; i++) {
				if (this.types[i] == type) {
					if (this.received[i]) {
						AfterConvertEvents.this.publisher.publishEvent(event(entity));
					}
					return;
				}
			}
			AfterConvertEvent<Object> event = event(entity);
			boolean received = received(event);
			remember(type, received);
			if (received) {
				AfterConvertEvents.this.publisher.publishEvent(event);
			}
		}

		private void remember(Class<?> type, boolean received) {
			if (this.size == this.types.length) {
				this.types = Arrays.copyOf(this.types, this.size * 2);
				this.received = Arrays.copyOf(this.received, this.size * 2);
			}
			this.types[this.size] = type;
			this.received[this.size] = received;
			this.size++;
		}

	}

}
