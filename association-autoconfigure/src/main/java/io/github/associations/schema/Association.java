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

import io.github.associations.model.AssociationKind;
import org.jspecify.annotations.Nullable;

/**
 * One declared side of an association, resolved: its defaults filled in, paired with the
 * other side when both are declared, and bound to the foreign key they share.
 *
 * @param kind hasOne, hasMany, belongsTo or belongsToMany
 * @param source the source entity type
 * @param target the target entity type
 * @param as the association name, unique on the source
 * @param foreignKey the foreign key, on the target's table for a hasOne or hasMany, on
 * the source's for a belongsTo, and the junction's to the source for a belongsToMany
 * @param keyProperty the property the foreign key references: of the source for a hasOne,
 * hasMany or belongsToMany, of the target for a belongsTo
 * @param foreignKeyProperty the property of the foreign key's entity that maps the
 * foreign key column, or {@code null} when only the starter writes that column
 * @param destroyRemoved whether a target the association stops holding is deleted rather
 * than unlinked: a hasOne's previous target, a hasMany's removed ones
 * @param inverse the name of the paired association on the target, or {@code null} when
 * only this side is declared
 * @param declaredBy where the association was declared, such as a bean name
 * @param junction the junction table of a belongsToMany, {@code null} for the other kinds
 */
public record Association(AssociationKind kind, Class<?> source, Class<?> target, String as, ForeignKey foreignKey,
		String keyProperty, @Nullable String foreignKeyProperty, boolean destroyRemoved, @Nullable String inverse,
		String declaredBy, @Nullable Junction junction) {

	/**
	 * Return the association's name qualified with its source model, as messages name it.
	 * @return for example {@code User.profile}
	 */
	public String qualifiedName() {
		return this.source.getSimpleName() + "." + this.as;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("association ").append(qualifiedName())
			.append(": ")
			.append(this.kind.method())
			.append(' ')
			.append(this.target.getSimpleName())
			.append(" via ");
		if (this.junction != null) {
			text.append(this.junction);
		}
		else {
			text.append(this.foreignKey.table())
				.append('.')
				.append(this.foreignKey.column())
				.append(" -> ")
				.append(this.foreignKey.referencedTable())
				.append('.')
				.append(this.foreignKey.referencedColumn());
		}
		text.append(", key property ").append(this.keyProperty);
		if (this.foreignKeyProperty != null) {
			text.append(", foreign key property ").append(this.foreignKeyProperty);
		}
		if (this.destroyRemoved) {
			text.append((this.kind == AssociationKind.HAS_MANY) ? ", destroys removed" : ", destroys previous");
		}
		if (this.inverse != null) {
			text.append(", inverse ").append(this.target.getSimpleName()).append('.').append(this.inverse);
		}
		return text.append(", declared by ").append(this.declaredBy).toString();
	}

}
