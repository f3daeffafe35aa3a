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

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Reads the targets of a to-many association in read-only transactions that join the
 * caller's: lists of targets, targets grouped by source key, and counts.
 *
 * @param <T> the target type
 */
final class TargetReads<T> {

	private final Persistence persistence;

	private final Class<T> targetType;

	TargetReads(Persistence persistence, Class<T> targetType) {
		this.persistence = persistence;
		this.targetType = targetType;
	}

	/**
	 * Read whole rows of the targets' table as targets.
	 */
	List<T> list(String sql, MapSqlParameterSource parameters) {
		return this.persistence.transactions()
			.read(() -> this.persistence.jdbc()
				.query(sql, parameters, this.persistence.reader().rowMapper(this.targetType)));
	}

	/**
	 * Read the targets of many sources, with one statement whose parameter {@code :keys}
	 * is the array of their keys and whose rows hold their source's key in a column.
	 * @param keys the sources' keys, in order
	 * @param keyType the type of the keys
	 * @param sql the statement
	 * @param keyColumn the label of the column that holds each row's source key
	 * @return the targets by source key, in the order of the keys; a key without targets
	 * maps to an empty list
	 */
	Map<Object, List<T>> grouped(Iterable<Object> keys, Class<?> keyType, String sql, String keyColumn) {
		Map<Object, List<T>> targets = new LinkedHashMap<>();
		keys.forEach((key) -> targets.put(key, new ArrayList<>()));
		if (targets.isEmpty()) {
			return targets;
		}
		RowMapper<T> rows = this.persistence.reader().rowMapper(this.targetType);
		MapSqlParameterSource parameters = new MapSqlParameterSource("keys",
				BoundAssociation.array(targets.keySet(), keyType));
		return this.persistence.transactions().read(() -> {
			this.persistence.jdbc().query(sql, parameters, (ResultSet resultSet) -> {
				Object key = this.persistence.mapping()
					.conversionService()
					.convert(resultSet.getObject(keyColumn), keyType);
				targets.get(key).add(rows.mapRow(resultSet, resultSet.getRow()));
			});
			return targets;
		});
	}

	/**
	 * Run a statement that counts.
	 */
	long count(String sql, MapSqlParameterSource parameters) {
		Long count = this.persistence.transactions()
			.read(() -> this.persistence.jdbc().queryForObject(sql, parameters, Long.class));
		return (count != null) ? count : 0;
	}

}
