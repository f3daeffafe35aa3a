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
import java.util.List;

import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.schema.Junction;
import org.jspecify.annotations.Nullable;

/**
 * Reads the junction model of each link from the junction's columns in the rows of a
 * belongsToMany include, as any entity is read.
 *
 * @param type the junction model's type
 * @param columns the junction's columns in the rows
 * @param direct how to read the junction model straight from its columns, or {@code null}
 * to read it with the converter
 * @param reader the reading of the query's entities
 */
record LinkReader(Class<?> type, List<ColumnRead> columns, @Nullable DirectRead direct, EntityReader.Reads reader) {

	/**
	 * Return the reader of the links of a select, or {@code null} when it selects none.
	 */
	static @Nullable LinkReader of(@Nullable Junction junction, List<ColumnRead> columns, Persistence persistence) {
		if (junction == null || junction.model() == null || columns.isEmpty()) {
			return null;
		}
		return new LinkReader(junction.model(), columns, persistence.mapping().directRead(junction.model(), columns),
				persistence.reader().reads());
	}

	Object read(ResultSet row) throws SQLException {
		@Nullable Object[] values = new Object[this.columns.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.columns.get(i).read(row);
		}
		return this.reader.read(this.type, this.direct, this.columns, values);
	}

}
