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

package io.github.associations.autoconfigure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Stops the application on a PostgreSQL server older than the oldest version the starter
 * supports, before Flyway migrates it. The version comes with the connection, so the
 * check runs no statement. When no connection can be had, it leaves the failure to the
 * application's own use of the database.
 */
class PostgresVersionCheck implements InitializingBean {

	/**
	 * The oldest major version of PostgreSQL the starter supports.
	 */
	static final int OLDEST_SUPPORTED = 15;

	private static final Log logger = LogFactory.getLog(PostgresVersionCheck.class);

	private final DataSource dataSource;

	PostgresVersionCheck(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		String version;
		int major;
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			if (!"PostgreSQL".equalsIgnoreCase(metaData.getDatabaseProductName())) {
				return;
			}
			version = metaData.getDatabaseProductVersion();
			major = metaData.getDatabaseMajorVersion();
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("The PostgreSQL version could not be checked: " + ex.getMessage());
			return;
		}
		if (major < OLDEST_SUPPORTED) {
			throw new UnsupportedPostgresException(version, OLDEST_SUPPORTED);
		}
	}

}
