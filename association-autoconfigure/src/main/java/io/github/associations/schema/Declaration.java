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

import io.github.associations.model.AssociationDefinition;

/**
 * One declared association with the tables it involves and its effective name.
 *
 * @param source the table of the declaring model
 * @param definition the declaration
 * @param target the table of the target model
 * @param as the association name, explicit or defaulted
 */
record Declaration(ModelTable source, AssociationDefinition definition, ModelTable target, String as) {

	/**
	 * Return whether the target's table holds the foreign key: for a hasOne or a hasMany.
	 */
	boolean targetHoldsForeignKey() {
		return this.definition.kind().targetHoldsForeignKey();
	}

	/**
	 * Return the model whose key the foreign key references: the source of a hasOne or
	 * hasMany, the target of a belongsTo.
	 * @return the referenced model's table
	 */
	ModelTable referenced() {
		return targetHoldsForeignKey() ? this.source : this.target;
	}

	/**
	 * Return the model whose table holds the foreign key: the target of a hasOne or
	 * hasMany, the source of a belongsTo.
	 * @return the foreign key's model table
	 */
	ModelTable holder() {
		return targetHoldsForeignKey() ? this.target : this.source;
	}

	String declaredBy() {
		return this.source.declared().source();
	}

	/**
	 * Describe the declaration for messages, naming the association as every message
	 * about it does.
	 * @return for example
	 * {@code User.profile, declared as User.hasOne(Profile) in bean 'user'}
	 */
	String describe() {
		return describe(this.source.model() + "." + this.as, this.definition.describe(this.source.model()),
				declaredBy());
	}

	static String describe(String qualifiedName, String declaration, String declaredBy) {
		return qualifiedName + ", declared as " + declaration + " in " + declaredBy;
	}

}
