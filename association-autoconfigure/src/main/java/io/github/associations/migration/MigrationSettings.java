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

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Where the migrations of the model definitions are, and whether a new one may hold
 * destructive changes.
 *
 * @param location the Flyway location of the generated migrations, such as
 * {@code classpath:db/migration}
 * @param sourceDirectory the directory new migrations of a classpath location are written
 * to, or {@code null} to find it from where the application's classes were loaded
 * @param allowDestructiveChanges whether a new migration may drop tables, columns or
 * constraints
 */
public record MigrationSettings(String location, @Nullable Path sourceDirectory, boolean allowDestructiveChanges) {

	/**
	 * The location used when none is configured.
	 */
	public static final String DEFAULT_LOCATION = "classpath:db/migration";

}
