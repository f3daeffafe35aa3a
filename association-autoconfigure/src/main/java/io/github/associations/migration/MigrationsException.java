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

package io.github.associations.migration;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when migrations cannot be checked or written: what is wrong, and what to do.
 */
public class MigrationsException extends RuntimeException {

	private final String description;

	private final String action;

	private final MigrationPlan.@Nullable Status status;

	/**
	 * Create an exception.
	 * @param description what is wrong
	 * @param action what to do
	 */
	public MigrationsException(String description, String action) {
		this(description, action, null);
	}

	/**
	 * Create the exception of migrations that do not cover the models.
	 */
	MigrationsException(MigrationPlan.Status status, String description, String action) {
		super(description);
		this.description = description;
		this.action = action;
		this.status = status;
	}

	/**
	 * Create an exception with a cause.
	 * @param description what is wrong
	 * @param action what to do
	 * @param cause the cause, or {@code null}
	 */
	public MigrationsException(String description, String action, @Nullable Throwable cause) {
		super(description, cause);
		this.description = description;
		this.action = action;
		this.status = null;
	}

	/**
	 * Return what is wrong.
	 * @return the description
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * Return what to do.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

	/**
	 * Return the status of the plan when the migrations do not cover the models: a
	 * missing migration, one blocked by destructive changes, or migrations that disagree
	 * with their snapshot.
	 * @return the status, or {@code null} when the migrations could not be checked or
	 * written for another reason
	 */
	public MigrationPlan.@Nullable Status getStatus() {
		return this.status;
	}

}
