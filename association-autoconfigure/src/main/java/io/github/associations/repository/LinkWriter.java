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
import java.util.Map;
import java.util.Objects;

import io.github.associations.repository.AssociationSql.Previous;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Writes the foreign key of one association and reads what the writes did: the statements
 * of {@link AssociationSql}, run on the application's JDBC operations, with the rows they
 * need missing raised as {@link MissingEntityException}.
 */
final class LinkWriter {

	private final BoundAssociation association;

	private final NamedParameterJdbcOperations jdbc;

	private final ConversionService conversions;

	LinkWriter(BoundAssociation association, NamedParameterJdbcOperations jdbc, ConversionService conversions) {
		this.association = association;
		this.jdbc = jdbc;
		this.conversions = conversions;
	}

	/**
	 * Link a holder with a key. When the key's other holders are unlinked or deleted, the
	 * rows are locked first, in key order, by a statement of their own, and a holder
	 * already linked alone is not written at all.
	 * @param key the referenced key
	 * @param holder the holder's id
	 * @param previous what to do with the key's other holders
	 * @return what was written
	 * @throws MissingEntityException when the holder or the referenced row does not exist
	 */
	Written link(Object key, Object holder, Previous previous) {
		if (previous == Previous.KEEP) {
			return written(this.association.sql().link(Previous.KEEP), parameters(key, holder), key, holder);
		}
		LockedHolders locked = lockHolders(key, holder);
		if (locked.linked()) {
			return Written.NOTHING;
		}
		if (locked.previous().isEmpty()) {
			return written(this.association.sql().link(Previous.KEEP), parameters(key, holder), key, holder);
		}
		return written(this.association.sql().link(previous), parameters(key, holder).addValue("previous",
				BoundAssociation.array(locked.previous(), this.association.holderIdType())), key, holder);
	}

	/**
	 * Unlink a holder from whatever it holds; a holder that holds nothing is not written.
	 * @param holder the holder's id
	 * @return what was written
	 * @throws MissingEntityException when the holder does not exist
	 */
	Written unlinkHolder(Object holder) {
		return written(this.association.sql().unlinkHolder(), new MapSqlParameterSource("holder", holder), null,
				holder);
	}

	/**
	 * Unlink, or delete, every holder of a key, checking that the key's row exists where
	 * no constraint checks it, because a new holder is about to take the key.
	 * @param key the referenced key
	 * @param delete whether to delete the holders instead of unlinking them
	 * @throws MissingEntityException when the key's row does not exist
	 */
	void removeKeyBeforeInsert(Object key, boolean delete) {
		AssociationSql sql = this.association.sql();
		MapSqlParameterSource parameters = new MapSqlParameterSource("key", key);
		if (!sql.checksReferenced()) {
			this.jdbc.update(delete ? sql.deleteKey() : sql.unlinkKey(), parameters);
			return;
		}
		Map<String, Object> result = this.jdbc.queryForMap(sql.removeKeyChecked(delete), parameters);
		if (count(result, AssociationSql.REFERENCED) == 0) {
			throw missingReferenced(key);
		}
	}

	/**
	 * Check that a key's row exists where no constraint does, locking it against deletion
	 * as a constraint check would, before a holder that Spring Data writes takes the key.
	 * @param key the referenced key
	 * @throws MissingEntityException when the key's row does not exist
	 */
	void requireReferenced(Object key) {
		AssociationSql sql = this.association.sql();
		if (sql.checksReferenced()
				&& this.jdbc.queryForList(sql.checkReferenced(), new MapSqlParameterSource("key", key), Integer.class)
					.isEmpty()) {
			throw missingReferenced(key);
		}
	}

	/**
	 * Unlink the key's other holders that {@link #lockHolders} found and locked.
	 * @param locked what {@link #lockHolders} returned
	 */
	void unlinkPrevious(LockedHolders locked) {
		if (!locked.previous().isEmpty()) {
			this.jdbc.update(this.association.sql().unlinkHolders(), new MapSqlParameterSource("previous",
					BoundAssociation.array(locked.previous(), this.association.holderIdType())));
		}
	}

	/**
	 * Lock the referenced row of a key against other writers of its links, in a statement
	 * of its own.
	 * @param key the referenced key
	 * @throws MissingEntityException when the key's row does not exist
	 */
	void lockReferenced(Object key) {
		List<Integer> rows = this.jdbc.queryForList(this.association.sql().lockReferenced(),
				new MapSqlParameterSource("key", key), Integer.class);
		if (rows.isEmpty()) {
			throw missingReferenced(key);
		}
	}

	/**
	 * Lock a holder and the key's holders, in the order of their ids.
	 * @return whether the holder is the key's only holder already, and the key's other
	 * holders
	 * @throws MissingEntityException when the holder does not exist
	 */
	LockedHolders lockHolders(Object key, Object holder) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(this.association.sql().lockHolders(),
				parameters(key, holder));
		ConversionService conversions = this.conversions;
		Class<?> idType = this.association.holderIdType();
		Object holderId = conversions.convert(holder, idType);
		Object keyValue = conversions.convert(key, this.association.keyType());
		boolean found = false;
		boolean linked = false;
		List<Object> previous = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Object id = Objects.requireNonNull(conversions.convert(row.get(this.association.holderIdColumn()), idType));
			if (id.equals(holderId)) {
				found = true;
				Object foreignKey = conversions.convert(row.get(this.association.foreignKeyColumn()),
						this.association.keyType());
				linked = Objects.equals(keyValue, foreignKey);
			}
			else {
				previous.add(id);
			}
		}
		if (!found) {
			throw missingHolder(holder);
		}
		return new LockedHolders(linked && previous.isEmpty(), previous);
	}

	private Written written(String sql, MapSqlParameterSource parameters, @Nullable Object key, Object holder) {
		Map<String, Object> result = this.jdbc.queryForMap(sql, parameters);
		if (count(result, AssociationSql.HOLDERS) == 0) {
			throw missingHolder(holder);
		}
		if (count(result, AssociationSql.REFERENCED) == 0) {
			throw missingReferenced(key);
		}
		return new Written(count(result, AssociationSql.LINKED) > 0, result.get(AssociationSql.VERSION));
	}

	private MissingEntityException missingHolder(Object holder) {
		return new MissingEntityException(this.association.name(), this.association.holderType(), holder, null);
	}

	private MissingEntityException missingReferenced(@Nullable Object key) {
		return new MissingEntityException(this.association.name(), this.association.referencedType(), key, null);
	}

	private static MapSqlParameterSource parameters(Object key, Object holder) {
		return new MapSqlParameterSource("key", key).addValue("holder", holder);
	}

	private static long count(Map<String, Object> result, String column) {
		return ((Number) result.get(column)).longValue();
	}

	/**
	 * The rows {@link #lockHolders} locked.
	 *
	 * @param linked whether the holder is the key's only holder already
	 * @param previous the ids of the key's other holders
	 */
	record LockedHolders(boolean linked, List<Object> previous) {

	}

	/**
	 * What a write of the foreign key did.
	 *
	 * @param changed whether the holder's row was written
	 * @param version the holder's new version, or {@code null} when it was not written or
	 * has no version
	 */
	record Written(boolean changed, @Nullable Object version) {

		static final Written NOTHING = new Written(false, null);

	}

}
