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

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application whose models are declared in a configuration class of their own,
 * {@link LibraryModels}, as test slices leave such classes out of their scan.
 */
@SpringBootApplication
class SliceTestApplication {

	/**
	 * The migrations of the slice tests: written into the build output, applied to each
	 * test's fresh database.
	 */
	static final String MIGRATIONS = "associations.migrations.mode=write";

	static final String LOCATION = "associations.migrations.location=filesystem:target/test-migrations/slices";

}
