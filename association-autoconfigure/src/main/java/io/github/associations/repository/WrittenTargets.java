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
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a statement of {@link HasManySql} that links targets reports.
 *
 * @param missing the requested target ids that do not exist
 * @param removed the ids of the targets removed, or to remove
 * @param versions the new version of each target linked, {@code null} for a target
 * without a version
 * @param referenced the number of source rows with the key: 0 when it does not exist
 */
record WrittenTargets(List<Object> missing, List<Object> removed, Map<Object, @Nullable Object> versions,
		long referenced) {

	/**
	 * What a statement that was not run reports: nothing written.
	 */
	static final WrittenTargets NONE = new WrittenTargets(List.of(), List.of(), Map.of(), 1);

	static WrittenTargets read(ResultSet row) throws SQLException {
		List<Object> linked = Lists.of(row.getArray(HasManySql.LINKED));
		List<Object> versions = Lists.of(row.getArray(HasManySql.VERSIONS));
		Map<Object, @Nullable Object> versionsById = new HashMap<>();
		for (int i = 0; i < linked.size(); i++) {
			versionsById.put(linked.get(i), (i < versions.size()) ? versions.get(i) : null);
		}
		return new WrittenTargets(Lists.of(row.getArray(HasManySql.MISSING)),
				Lists.of(row.getArray(HasManySql.REMOVED)), versionsById, row.getLong(HasManySql.REFERENCED));
	}

	/**
	 * Return the new version of a target, or {@code null} when it was not written or has
	 * no version.
	 */
	@Nullable Object version(@Nullable Object id) {
		return this.versions.get(id);
	}

}
