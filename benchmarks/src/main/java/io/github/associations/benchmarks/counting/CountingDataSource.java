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

package io.github.associations.benchmarks.counting;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A connection pool whose connections are counted while {@link #count} runs, and handed
 * out unwrapped otherwise, so that the timed runs pay nothing for counting.
 */
public final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

	private final HikariDataSource pool;

	private final StatementCounter counter = new StatementCounter();

	private final DataSource counted;

	private volatile boolean counting;

	public CountingDataSource(HikariDataSource pool) {
		super(pool);
		this.pool = pool;
		this.counted = ProxyDataSourceBuilder.create(pool).listener(this.counter).methodListener(this.counter).build();
	}

	@Override
	public Connection getConnection() throws SQLException {
		return this.counting ? this.counted.getConnection() : this.pool.getConnection();
	}

	/**
	 * Run an operation a number of times and count its statements and round trips.
	 * @param operations how many times to run it
	 * @param operation the operation
	 * @return the counts per operation
	 */
	public Counts count(int operations, Runnable operation) {
		this.counter.reset();
		this.counting = true;
		try {
			for (int i = 0; i < operations; i++) {
				operation.run();
			}
		}
		finally {
			this.counting = false;
		}
		return this.counter.counts(operations);
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
