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

package io.github.associations.model;

/**
 * Which kind of association a declaration describes.
 */
public enum AssociationKind {

	/**
	 * {@code source.hasOne(target)}: the foreign key is on the target's table.
	 */
	HAS_ONE("hasOne"),

	/**
	 * {@code source.hasMany(target)}: the foreign key is on the target's table, and many
	 * targets may hold one source's key.
	 */
	HAS_MANY("hasMany"),

	/**
	 * {@code source.belongsTo(target)}: the foreign key is on the source's table.
	 */
	BELONGS_TO("belongsTo"),

	/**
	 * {@code source.belongsToMany(target)}: a junction table holds a foreign key to each
	 * side, one row per linked pair.
	 */
	BELONGS_TO_MANY("belongsToMany");

	private final String method;

	AssociationKind(String method) {
		this.method = method;
	}

	/**
	 * Return the name of the method that declares this kind of association.
	 * @return {@code hasOne}, {@code hasMany}, {@code belongsTo} or {@code belongsToMany}
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Return whether the foreign key is on the target's table: for hasOne and hasMany.
	 * @return whether the target holds the foreign key
	 */
	public boolean targetHoldsForeignKey() {
		return this == HAS_ONE || this == HAS_MANY;
	}

	/**
	 * Return whether a source may have many targets: for hasMany and belongsToMany.
	 * @return whether the association is to-many
	 */
	public boolean isToMany() {
		return this == HAS_MANY || this == BELONGS_TO_MANY;
	}

}
