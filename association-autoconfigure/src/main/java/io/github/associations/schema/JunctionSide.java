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

package io.github.associations.schema;

import org.jspecify.annotations.Nullable;

/**
 * One belongsToMany declaration with its junction and key columns resolved.
 *
 * @param declaration the declaration
 * @param junction the junction table
 * @param sourceKey the source's key column
 * @param sourceColumn the junction's column referencing it
 * @param targetKey the target's key column
 * @param targetColumn the junction's column referencing it
 * @param model the table of the junction model, or {@code null} for a junction of two key
 * columns
 * @param renamedFrom the junction's previous name, when it is named after tables that
 * were renamed, or {@code null}
 */
record JunctionSide(Declaration declaration, TableName junction, MappedColumn sourceKey, String sourceColumn,
		MappedColumn targetKey, String targetColumn, @Nullable ModelTable model, @Nullable String renamedFrom) {

	boolean isInverseOf(JunctionSide other) {
		return this.declaration.source() == other.declaration.target()
				&& this.declaration.target() == other.declaration.source()
				&& this.sourceColumn.equals(other.targetColumn) && this.targetColumn.equals(other.sourceColumn)
				&& this.sourceKey.equals(other.targetKey) && this.targetKey.equals(other.sourceKey)
				&& this.model == other.model;
	}

	String describe() {
		return this.declaration.describe() + " (columns " + this.sourceColumn + " -> "
				+ this.declaration.source().name() + "." + this.sourceKey.name() + ", " + this.targetColumn + " -> "
				+ this.declaration.target().name() + "." + this.targetKey.name()
				+ ((this.model != null) ? ", junction model " + this.model.model() : "") + ")";
	}

}
