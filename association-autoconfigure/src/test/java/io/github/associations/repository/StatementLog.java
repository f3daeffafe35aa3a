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

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Records the SQL the application sends: one entry per round trip (a JDBC execution), and
 * the data statements each holds, so that a statement with a data-modifying common table
 * expression counts as several statements in one round trip. Also records the server each
 * round trip went to, as its connection's URL.
 */
final class StatementLog implements QueryExecutionListener {

	private static final Pattern DATA_STATEMENT = Pattern.compile("\\b(INSERT INTO|UPDATE|DELETE FROM)\\b");

	private static final Pattern LOCKING_CLAUSE = Pattern.compile("\\bFOR (NO KEY UPDATE|UPDATE|KEY SHARE|SHARE)\\b");

	private final List<String> roundTrips = new ArrayList<>();

	private final List<String> servers = new ArrayList<>();

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		StringBuilder sql = new StringBuilder();
		for (QueryInfo query : queries) {
			sql.append((sql.length() > 0) ? "; " : "").append(query.getQuery());
		}
		this.roundTrips.add(sql.toString());
		this.servers.add(serverOf(execution));
	}

	private static String serverOf(ExecutionInfo execution) {
		try {
			return execution.getStatement().getConnection().getMetaData().getURL();
		}
		catch (SQLException ex) {
			return "unknown: " + ex.getMessage();
		}
	}

	synchronized void clear() {
		this.roundTrips.clear();
		this.servers.clear();
	}

	/**
	 * Return the URL of the server of each round trip.
	 */
	synchronized List<String> servers() {
		return List.copyOf(this.servers);
	}

	synchronized List<String> roundTrips() {
		return List.copyOf(this.roundTrips);
	}

	/**
	 * Return the data statements sent: each {@code INSERT}, {@code UPDATE} and
	 * {@code DELETE}, and each query that is only a {@code SELECT}.
	 */
	synchronized List<String> statements() {
		List<String> statements = new ArrayList<>();
		for (String sql : this.roundTrips) {
			String text = LOCKING_CLAUSE.matcher(sql.toUpperCase(Locale.ROOT)).replaceAll("");
			Matcher matcher = DATA_STATEMENT.matcher(text);
			boolean data = false;
			while (matcher.find()) {
				statements.add(matcher.group(1).split(" ")[0]);
				data = true;
			}
			if (!data && sql.trim().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
				statements.add("SELECT");
			}
		}
		return statements;
	}

}
