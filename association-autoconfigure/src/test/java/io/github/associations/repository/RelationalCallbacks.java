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
import java.util.function.UnaryOperator;

import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;

/**
 * Records the entity callbacks Spring Data runs for entities.
 */
final class RelationalCallbacks implements AfterConvertCallback<Object>, BeforeConvertCallback<Object>,
		BeforeSaveCallback<Object>, AfterSaveCallback<Object> {

	private final List<Call> calls = new ArrayList<>();

	private UnaryOperator<Object> afterSave = UnaryOperator.identity();

	@Override
	public Object onAfterConvert(Object aggregate) {
		return record("AfterConvertCallback", aggregate);
	}

	@Override
	public Object onBeforeConvert(Object aggregate) {
		return record("BeforeConvertCallback", aggregate);
	}

	@Override
	public Object onBeforeSave(Object aggregate, MutableAggregateChange<Object> aggregateChange) {
		return record("BeforeSaveCallback", aggregate);
	}

	@Override
	public Object onAfterSave(Object aggregate) {
		return replaceAfterSave(record("AfterSaveCallback", aggregate));
	}

	private synchronized Object replaceAfterSave(Object aggregate) {
		return this.afterSave.apply(aggregate);
	}

	/**
	 * Return, from the after-save callback, what a function makes of each saved entity,
	 * until {@link #clear()}.
	 */
	synchronized void afterSave(UnaryOperator<Object> replacement) {
		this.afterSave = replacement;
	}

	synchronized void clear() {
		this.calls.clear();
		this.afterSave = UnaryOperator.identity();
	}

	/**
	 * Return the names of the callbacks run for entities of the given one's type.
	 */
	synchronized List<String> names(Object entity) {
		return this.calls.stream()
			.filter((call) -> entity.getClass().isInstance(call.entity()))
			.map(Call::name)
			.toList();
	}

	private synchronized Object record(String name, Object entity) {
		this.calls.add(new Call(name, entity));
		return entity;
	}

	private record Call(String name, Object entity) {

	}

}
