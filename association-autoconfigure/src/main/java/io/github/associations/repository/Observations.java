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

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import io.github.associations.observation.AssociationObservationDocumentation;
import io.github.associations.observation.AssociationOperationContext;
import io.github.associations.observation.DefaultAssociationOperationObservationConvention;
import io.micrometer.observation.ObservationRegistry;

/**
 * Runs operations inside Micrometer observations of the application's registry.
 */
final class Observations {

	private final ObservationRegistry registry;

	Observations(ObservationRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Return whether the registry observes anything: whether it has handlers.
	 */
	boolean active() {
		return !this.registry.isNoop();
	}

	/**
	 * Run an operation inside an observation, or just run it when the registry observes
	 * nothing.
	 * @param association the association, or associations, it works on
	 * @param operation the operation's name
	 * @param call the operation
	 * @param rows counts the entities in what the operation returns
	 */
	<R> R observe(String association, String operation, Supplier<R> call, ToIntFunction<? super R> rows) {
		if (!active()) {
			return call.get();
		}
		AssociationOperationContext context = new AssociationOperationContext(association, operation);
		return AssociationObservationDocumentation.OPERATION
			.observation(null, DefaultAssociationOperationObservationConvention.INSTANCE, () -> context, this.registry)
			.observe(() -> {
				R result = call.get();
				context.setRows(rows.applyAsInt(result));
				return result;
			});
	}

}
