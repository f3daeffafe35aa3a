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

package io.github.associations.benchmarks.systems.hibernatetags;

import java.util.Collection;
import java.util.Objects;

import io.github.associations.benchmarks.systems.OwnerView;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A post's columns, shared by its two mappings, which differ in the type of their
 * collection of tags.
 */
@MappedSuperclass
abstract class TaggedPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String body = "";

	@Nullable Long getId() {
		return this.id;
	}

	abstract Collection<Tag> getTags();

	OwnerView view() {
		return new OwnerView(Objects.requireNonNull(this.id),
				getTags().stream().map((tag) -> Objects.requireNonNull(tag.getId())).toList());
	}

}
