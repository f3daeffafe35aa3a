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

package io.github.associations.autoconfigure;

/**
 * What the starter does with migrations at startup.
 */
public enum MigrationMode {

	/**
	 * Write nothing; stop the application when the models have changes that no committed
	 * migration covers, or when the migrations disagree with their snapshot.
	 */
	VALIDATE,

	/**
	 * Write a migration for the models' changes, then let Flyway apply it in the same
	 * start. For development only.
	 */
	WRITE,

	/**
	 * Neither check nor write migrations.
	 */
	OFF

}
