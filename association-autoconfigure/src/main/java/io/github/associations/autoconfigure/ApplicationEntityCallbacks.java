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

package io.github.associations.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mapping.callback.EntityCallback;
import org.springframework.data.mapping.callback.EntityCallbacks;

/**
 * Spring Data's entity callbacks of an application, which hand an entity back at once for
 * a kind of callback that none of them implements. Spring Data's own callbacks look their
 * matches up, allocating, for every entity, and an eager load reads hundreds; without a
 * bean of the kind, that costs up to a tenth of the load for nothing. The callbacks are
 * the beans Spring Data's discovery finds, and those added later.
 */
final class ApplicationEntityCallbacks implements EntityCallbacks {

	private final EntityCallbacks delegate;

	private final List<EntityCallback<?>> callbacks;

	@SuppressWarnings("rawtypes")
	private final Map<Class<? extends EntityCallback>, Boolean> implemented = new ConcurrentHashMap<>();

	private ApplicationEntityCallbacks(EntityCallbacks delegate, List<EntityCallback<?>> callbacks) {
		this.delegate = delegate;
		this.callbacks = callbacks;
	}

	/**
	 * Return the entity callbacks of the beans of an application, found as
	 * {@link EntityCallbacks#create(BeanFactory)} finds them.
	 * @param beans the application's beans
	 * @return the callbacks
	 */
	static EntityCallbacks of(BeanFactory beans) {
		EntityCallbacks delegate = EntityCallbacks.create(beans);
		BeanFactory factory = (beans instanceof GenericApplicationContext context) ? context.getBeanFactory() : beans;
		List<EntityCallback<?>> callbacks = new ArrayList<>();
		if (factory instanceof ConfigurableListableBeanFactory listable) {
			for (String name : listable.getBeanNamesForType(EntityCallback.class)) {
				callbacks.add(listable.getBean(name, EntityCallback.class));
			}
		}
		else {
			factory.getBeanProvider(EntityCallback.class).stream().forEach(callbacks::add);
		}
		return new ApplicationEntityCallbacks(delegate, callbacks);
	}

	@Override
	public synchronized void addEntityCallback(EntityCallback<?> callback) {
		this.delegate.addEntityCallback(callback);
		this.callbacks.add(callback);
		this.implemented.clear();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public <T> T callback(Class<? extends EntityCallback> callbackType, T entity, Object... args) {
		Boolean any = this.implemented.get(callbackType);
		if (any == null) {
			any = implemented(callbackType);
		}
		return any ? this.delegate.callback(callbackType, entity, args) : entity;
	}

	/**
	 * Return whether a callback implements a kind, noted under the lock that adding a
	 * callback takes, so that no answer outlives an added callback.
	 */
	@SuppressWarnings("rawtypes")
	private synchronized boolean implemented(Class<? extends EntityCallback> callbackType) {
		return this.implemented.computeIfAbsent(callbackType,
				(kind) -> this.callbacks.stream().anyMatch(kind::isInstance));
	}

}
