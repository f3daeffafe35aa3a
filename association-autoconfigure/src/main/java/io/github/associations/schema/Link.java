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
 * The one or two declarations that describe one foreign key: a hasOne or hasMany and a
 * belongsTo that pair, or one of them alone.
 *
 * @param has the hasOne or hasMany side, or {@code null}
 * @param belongsTo the belongsTo side, or {@code null}
 */
record Link(@Nullable Declaration has, @Nullable Declaration belongsTo) {

	Declaration any() {
		Declaration declaration = (this.has != null) ? this.has : this.belongsTo;
		if (declaration == null) {
			throw new IllegalStateException("A link needs at least one declaration");
		}
		return declaration;
	}

	ModelTable referenced() {
		return any().referenced();
	}

	ModelTable holder() {
		return any().holder();
	}

	String describe() {
		if (this.has != null && this.belongsTo != null) {
			return this.has.describe() + " and " + this.belongsTo.describe();
		}
		return any().describe();
	}

}
