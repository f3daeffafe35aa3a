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

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of test slices such as
 * {@code @DataJdbcTest} and {@code @JdbcTest}: imports the application's configuration
 * classes that declare {@code ModelDefinition} beans, which the slice's component scan
 * leaves out, so that the slice has the schema, the migrations and, in
 * {@code @DataJdbcTest}, the association repositories. Listed only in the slices'
 * imports, not in the application's auto-configurations.
 */
@AutoConfiguration(before = AssociationsAutoConfiguration.class)
@Import(ModelDefinitionConfigurations.class)
public final class ModelDefinitionsSliceAutoConfiguration {

}
