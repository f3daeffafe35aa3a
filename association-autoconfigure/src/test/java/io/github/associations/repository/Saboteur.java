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

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;

/**
 * Runs a fault, once, when Spring Data converts the next entity for an insert: between
 * the statements of an operation that unlinks first and inserts second.
 */
final class Saboteur implements BeforeConvertCallback<Object> {

	private final AtomicReference<Consumer<Object>> fault = new AtomicReference<>();

	void arm(Consumer<Object> fault) {
		this.fault.set(fault);
	}

	@Override
	public Object onBeforeConvert(Object aggregate) {
		Consumer<Object> armed = this.fault.getAndSet(null);
		if (armed != null) {
			armed.accept(aggregate);
		}
		return aggregate;
	}

}
