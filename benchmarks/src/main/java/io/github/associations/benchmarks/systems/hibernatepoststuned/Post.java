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

package io.github.associations.benchmarks.systems.hibernatepoststuned;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A post, the owning side of the one-to-many, its author fetched lazily.
 */
@Entity
@Table(name = "posts")
class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title;

	private String body;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	private @Nullable User author;

	protected Post() {
		this.title = "";
		this.body = "";
	}

	Post(String title, String body, @Nullable User author) {
		this.title = title;
		this.body = body;
		this.author = author;
	}

	@Nullable Long getId() {
		return this.id;
	}

	@Nullable User getAuthor() {
		return this.author;
	}

	void setAuthor(@Nullable User author) {
		this.author = author;
	}

}
