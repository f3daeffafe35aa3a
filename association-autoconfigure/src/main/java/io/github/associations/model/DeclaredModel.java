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

package io.github.associations.model;

/**
 * A model definition together with where it was declared, so that messages can name it.
 *
 * @param source where the definition was declared, such as the name of its bean
 * @param definition the definition
 */
public record DeclaredModel(String source, ModelDefinition<?> definition) {

	/**
	 * Return a definition declared as a bean.
	 * @param name the name of the bean
	 * @param definition the definition
	 * @return the declared model
	 */
	public static DeclaredModel bean(String name, ModelDefinition<?> definition) {
		return new DeclaredModel("bean '" + name + "'", definition);
	}

}
