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

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.UtilityElf;
import org.jspecify.annotations.Nullable;

/**
 * The check that a primary's and its read replica's Hikari pools hand out connections
 * with the same auto-commit and isolation defaults, which Spring's routing proxy learns
 * from one connection and assumes for both. It sees the pools' settings, not defaults set
 * on the server or by a connection's init SQL. Used only with HikariCP on the classpath.
 */
final class HikariPools {

	private HikariPools() {
	}

	static void checkSameDefaults(DataSource primary, DataSource replica) {
		HikariDataSource primaryPool = unwrap(primary);
		HikariDataSource replicaPool = unwrap(replica);
		if (primaryPool == null || replicaPool == null) {
			return;
		}
		if (primaryPool.isAutoCommit() != replicaPool.isAutoCommit() || !sameIsolation(primaryPool, replicaPool)) {
			throw new IllegalStateException("The read replica's pool must hand out connections like the primary's: "
					+ "the primary's have auto-commit " + primaryPool.isAutoCommit() + " and isolation "
					+ isolation(primaryPool) + ", the replica's auto-commit " + replicaPool.isAutoCommit()
					+ " and isolation " + isolation(replicaPool)
					+ ". Set associations.read-replica.hikari.auto-commit and transaction-isolation (or those of "
					+ "the @ReadReplica DataSource) to the primary's.");
		}
	}

	/**
	 * Whether the pools set the same isolation, by any of its names: a pool that sets
	 * none leaves the server's default, which this check cannot see.
	 */
	private static boolean sameIsolation(HikariDataSource primary, HikariDataSource replica) {
		String primaryIsolation = primary.getTransactionIsolation();
		String replicaIsolation = replica.getTransactionIsolation();
		if (primaryIsolation == null || replicaIsolation == null) {
			return true;
		}
		return UtilityElf.getTransactionIsolation(primaryIsolation) == UtilityElf
			.getTransactionIsolation(replicaIsolation);
	}

	private static String isolation(HikariDataSource pool) {
		String isolation = pool.getTransactionIsolation();
		return (isolation != null) ? isolation : "the driver's default";
	}

	private static @Nullable HikariDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
