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

package io.github.associations.observation;

import io.micrometer.observation.Observation;

/**
 * The context of an observed association operation: which association, which operation,
 * and how many entities it returned.
 */
public class AssociationOperationContext extends Observation.Context {

	private final String association;

	private final String operation;

	private int rows = -1;

	/**
	 * Create the context of an operation.
	 * @param association the association, as {@code Source.as} (such as
	 * {@code User.profile}); for an eager load, the included associations, separated by
	 * commas, or the source type when it includes none
	 * @param operation the operation, named as the repository's method (such as
	 * {@code set}), or {@code load} for an eager load
	 */
	public AssociationOperationContext(String association, String operation) {
		this.association = association;
		this.operation = operation;
	}

	/**
	 * Return the association, as {@code Source.as}.
	 * @return the association
	 */
	public String getAssociation() {
		return this.association;
	}

	/**
	 * Return the operation.
	 * @return the operation
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Return the number of entities the operation returned, or {@code -1} before it
	 * returns and when it fails.
	 * @return the number of entities
	 */
	public int getRows() {
		return this.rows;
	}

	/**
	 * Set the number of entities the operation returned.
	 * @param rows the number of entities
	 */
	public void setRows(int rows) {
		this.rows = rows;
	}

}
