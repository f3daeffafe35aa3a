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

import java.util.Objects;

import io.github.associations.schema.Association;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Junction;
import org.jspecify.annotations.Nullable;

/**
 * What eager loading needs of an association kind: the columns that join an included
 * target to the entity it is included in, directly or through a junction table. A new
 * association kind adds its case here.
 *
 * @param parentColumn the column of the including entity's table
 * @param targetColumn the column of the included target's table
 * @param junction the junction table between them, or {@code null} when they join
 * directly
 */
record EagerJoin(String parentColumn, String targetColumn, @Nullable Junction junction) {

	static EagerJoin of(Association association) {
		ForeignKey foreignKey = association.foreignKey();
		return switch (association.kind()) {
			case HAS_ONE, HAS_MANY -> new EagerJoin(foreignKey.referencedColumn(), foreignKey.column(), null);
			case BELONGS_TO -> new EagerJoin(foreignKey.column(), foreignKey.referencedColumn(), null);
			case BELONGS_TO_MANY -> {
				Junction junction = Objects.requireNonNull(association.junction());
				yield new EagerJoin(foreignKey.referencedColumn(), junction.targetKeyColumn(), junction);
			}
		};
	}

}
