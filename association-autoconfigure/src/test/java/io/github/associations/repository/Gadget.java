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

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An entity that is a mutable class: a no-argument constructor and setters, an enum, an
 * instant and a primitive, for reads that set properties after construction and convert
 * values.
 */
@Table("gadgets")
class Gadget {

	@Id
	private @Nullable Long id;

	private @Nullable String name;

	private @Nullable Status status;

	private @Nullable Instant madeAt;

	private int count;

	Gadget() {
	}

	Gadget(@Nullable String name, @Nullable Status status, @Nullable Instant madeAt, int count) {
		this.name = name;
		this.status = status;
		this.madeAt = madeAt;
		this.count = count;
	}

	@Nullable Long getId() {
		return this.id;
	}

	void setId(@Nullable Long id) {
		this.id = id;
	}

	void setName(@Nullable String name) {
		this.name = name;
	}

	void setStatus(@Nullable Status status) {
		this.status = status;
	}

	void setMadeAt(@Nullable Instant madeAt) {
		this.madeAt = madeAt;
	}

	void setCount(int count) {
		this.count = count;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Gadget gadget && Objects.equals(this.id, gadget.id)
				&& Objects.equals(this.name, gadget.name) && this.status == gadget.status
				&& Objects.equals(this.madeAt, gadget.madeAt) && this.count == gadget.count;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.name, this.status, this.madeAt, this.count);
	}

	@Override
	public String toString() {
		return "Gadget(" + this.id + ", " + this.name + ", " + this.status + ", " + this.madeAt + ", " + this.count
				+ ")";
	}

	enum Status {

		ACTIVE, RETIRED

	}

}
