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

/**
 * Thrown when a repository is asked for, or a query includes, an association that the
 * model definitions do not declare, or do not declare unambiguously: what is wrong, with
 * the associations the source has, and what to do.
 */
public class AssociationLookupException extends IllegalArgumentException {

	private final String action;

	AssociationLookupException(String description, String action) {
		super(description);
		this.action = action;
	}

	/**
	 * Return what to do.
	 * @return the action, such as declaring the association
	 */
	public String getAction() {
		return this.action;
	}

}
