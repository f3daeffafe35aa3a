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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.associations.command.MigrationsCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram of the demo's model in the README and the observability guide is the one
 * the migrations command prints now.
 */
class ModelDiagramTests {

	private static final String START = "```mermaid\n";

	@Test
	void theReadmeShowsTheCurrentDiagramOfTheModel() throws IOException {
		assertThat(committedDiagram(Path.of("..", "README.md"))).isEqualTo(printedDiagram());
	}

	@Test
	void theObservabilityGuideShowsTheCurrentDiagramOfTheModel() throws IOException {
		assertThat(committedDiagram(Path.of("..", "docs", "observability.md"))).isEqualTo(printedDiagram());
	}

	private static String printedDiagram() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int exitCode = MigrationsCommand.run(new String[] { "diagram", DemoServiceApplication.class.getName() },
				new PrintStream(output, true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(errors.toString(StandardCharsets.UTF_8)).isEqualTo(MigrationsCommand.CURRENT);
		return output.toString(StandardCharsets.UTF_8);
	}

	private static String committedDiagram(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int start = text.indexOf(START);
		assertThat(start).as("a mermaid block in " + file).isNotNegative();
		return text.substring(start + START.length(), text.indexOf("```", start + START.length()));
	}

}
