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
 * What the database does with the rows that reference a key when the key's row is deleted
 * or the key is updated.
 */
public enum ReferentialAction {

	/**
	 * Delete or update the referencing rows too.
	 */
	CASCADE,

	/**
	 * Set the foreign key of the referencing rows to {@code NULL}.
	 */
	SET_NULL,

	/**
	 * Set the foreign key of the referencing rows to the column's default.
	 */
	SET_DEFAULT,

	/**
	 * Refuse the change at once while referencing rows exist.
	 */
	RESTRICT,

	/**
	 * Refuse the change at the end of the statement (or transaction, when deferred) while
	 * referencing rows exist.
	 */
	NO_ACTION

}
