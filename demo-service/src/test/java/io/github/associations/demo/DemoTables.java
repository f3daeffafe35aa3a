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

package io.github.associations.demo;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's tables as the API tests see them: emptied before each test, read back with
 * plain SQL.
 */
class DemoTables {

	private final JdbcClient jdbc;

	DemoTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Delete every row and restart the ids.
	 */
	void empty() {
		this.jdbc.sql("TRUNCATE users, profiles, passports, posts, tags, post_tags RESTART IDENTITY").update();
	}

	/**
	 * Return the rows of a query.
	 * @param sql the query
	 * @return the rows, each as column name to value
	 */
	List<Map<String, Object>> rows(String sql) {
		return this.jdbc.sql(sql).query().listOfRows();
	}

}
