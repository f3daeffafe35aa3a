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

package io.github.associations.slice;

import io.github.associations.model.ModelDefinition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The models of the slice tests: an author has one biography.
 */
@Configuration(proxyBeanMethods = false)
class LibraryModels {

	@Bean
	ModelDefinition<Author> authorModel() {
		return ModelDefinition.of(Author.class).hasOne(Biography.class);
	}

	@Bean
	ModelDefinition<Biography> biographyModel() {
		return ModelDefinition.of(Biography.class).belongsTo(Author.class);
	}

	@Table("authors")
	record Author(@Id Long id, String name) {
	}

	@Table("biographies")
	record Biography(@Id Long id, String text) {
	}

}
