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

import io.github.associations.repository.RepositoryTestApplication.Profile;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;

/**
 * Records the profiles read, through a listener for {@code AfterConvertEvent<Profile>}
 * that the application context selects by the event's generic type.
 */
final class ProfileConversions {

	private final List<Profile> profiles = new ArrayList<>();

	@EventListener
	synchronized void converted(AfterConvertEvent<Profile> event) {
		this.profiles.add(event.getEntity());
	}

	synchronized void clear() {
		this.profiles.clear();
	}

	synchronized List<Profile> profiles() {
		return List.copyOf(this.profiles);
	}

}
