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

package io.github.associations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pins the PostgreSQL server to the last core and this process, with the JMH forks it
 * starts, to the other cores, with Linux's {@code taskset}: the benchmark thread and the
 * server's backend then never compete for one core, and the scheduler does not move them.
 */
final class CpuPinning {

	private static final Path TASKSET = Path.of("/usr/bin/taskset");

	private CpuPinning() {
	}

	/**
	 * Pin the server and this process, when {@code taskset} and at least two cores are
	 * available.
	 * @param jdbcUrl a JDBC URL of the server
	 * @return how the processes were placed, for the report
	 */
	static String pin(String jdbcUrl) {
		int cores = Runtime.getRuntime().availableProcessors();
		if (cores < 2 || !Files.isExecutable(TASKSET)) {
			return "not pinned to cores (needs Linux's taskset and two cores)";
		}
		String serverCore = Integer.toString(cores - 1);
		String benchmarkCores = (cores == 2) ? "0" : "0-" + (cores - 2);
		long postmaster = postmaster(jdbcUrl);
		List<Long> server = new ArrayList<>(children(postmaster));
		server.add(postmaster);
		for (long pid : server) {
			taskset(serverCore, pid);
		}
		taskset(benchmarkCores, ProcessHandle.current().pid());
		return "PostgreSQL pinned to core " + serverCore + ", the JMH forks to core" + ((cores == 2) ? " " : "s ")
				+ benchmarkCores;
	}

	/**
	 * Return the server's main process, from the {@code postmaster.pid} file of its data
	 * directory.
	 */
	private static long postmaster(String jdbcUrl) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW data_directory")) {
			result.next();
			List<String> lines = Files.readAllLines(Path.of(result.getString(1), "postmaster.pid"));
			return Long.parseLong(lines.get(0).trim());
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not find the server's process", ex);
		}
	}

	private static List<Long> children(long pid) {
		try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
			return processes.filter((process) -> process.parent().map(ProcessHandle::pid).orElse(-1L) == pid)
				.map(ProcessHandle::pid)
				.toList();
		}
	}

	private static void taskset(String cores, long pid) {
		try {
			Process process = new ProcessBuilder(TASKSET.toString(), "--all-tasks", "--cpu-list", "--pid", cores,
					Long.toString(pid))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("taskset could not pin process " + pid + " to cores " + cores);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run taskset", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pinning process " + pid, ex);
		}
	}

}
