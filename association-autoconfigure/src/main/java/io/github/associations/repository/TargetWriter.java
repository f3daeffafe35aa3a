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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Writes the targets of a hasMany association: runs the statements of {@link HasManySql}
 * that link them and reads what they report, inserts new targets in one batch, and
 * returns the targets as stored.
 *
 * @param <T> the target type
 */
final class TargetWriter<T> {

	private final BoundAssociation association;

	private final Persistence persistence;

	private final LinkedEntities entities;

	private final Class<T> targetType;

	TargetWriter(BoundAssociation association, Persistence persistence, LinkedEntities entities, Class<T> targetType) {
		this.association = association;
		this.persistence = persistence;
		this.entities = entities;
		this.targetType = targetType;
	}

	/**
	 * Run a statement of {@link HasManySql} that links targets and read what it did,
	 * failing when targets or the source do not exist.
	 */
	WrittenTargets write(String sql, Object key, Set<Object> ids) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("key", key).addValue("holders",
				BoundAssociation.array(ids, this.association.holderIdType()));
		WrittenTargets result = this.persistence.jdbc()
			.queryForObject(sql, parameters, (resultSet, row) -> WrittenTargets.read(resultSet));
		if (result == null || result.referenced() == 0) {
			throw missingSource(key);
		}
		if (!result.missing().isEmpty()) {
			throw new MissingEntityException(this.association.name(), this.targetType, result.missing());
		}
		return result;
	}

	/**
	 * Return the given targets as stored: the saved ones with the foreign key and, where
	 * they were written, their new version; the new ones inserted, in one batch.
	 */
	List<T> stored(List<T> given, Object key, WrittenTargets written) {
		boolean[] isNew = new boolean[given.size()];
		List<T> fresh = new ArrayList<>();
		for (int i = 0; i < isNew.length; i++) {
			isNew[i] = this.persistence.mapping().isNew(given.get(i));
			if (isNew[i]) {
				fresh.add(given.get(i));
			}
		}
		List<T> inserted = fresh.isEmpty() ? List.of() : insert(fresh, key);
		List<T> stored = new ArrayList<>(given.size());
		int next = 0;
		for (int i = 0; i < isNew.length; i++) {
			T target = given.get(i);
			if (isNew[i]) {
				stored.add(inserted.get(next++));
			}
			else {
				Object version = written.version(this.persistence.mapping().id(target));
				stored.add(this.entities.withForeignKey(target, key, new LinkWriter.Written(version != null, version)));
			}
		}
		return stored;
	}

	/**
	 * Insert new targets with the foreign key, in one batch.
	 */
	List<T> insert(List<T> targets, Object key) {
		if (this.entities.mapsForeignKey()) {
			List<T> linked = targets.stream().map((target) -> this.entities.withForeignKey(target, key)).toList();
			List<T> inserted = new ArrayList<>();
			this.persistence.aggregates().insertAll(linked).forEach(inserted::add);
			return inserted;
		}
		return this.persistence.columnInsert().insertAll(targets, this.association.foreignKeyColumn(), key);
	}

	/**
	 * Check that the source with a key exists where no constraint will, before targets
	 * are inserted for it without another statement that proves it.
	 */
	void requireSourceWithoutConstraint(Object key) {
		AssociationSql sql = this.association.sql();
		if (sql.checksReferenced() && this.persistence.jdbc()
			.queryForList(sql.checkReferenced(), new MapSqlParameterSource("key", key), Integer.class)
			.isEmpty()) {
			throw missingSource(key);
		}
	}

	MissingEntityException missingSource(Object key) {
		return new MissingEntityException(this.association.name(), this.association.referencedType(), key, null);
	}

}
