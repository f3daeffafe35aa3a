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

package io.github.associations.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven command lines that failure analyses suggest, for builds of one module and of
 * several.
 */
class MavenCommandTests {

	@TempDir
	Path root;

	@Test
	void aBuildOfOneModuleIsNamedByItsPom() throws IOException {
		Files.writeString(this.root.resolve("pom.xml"), "<project/>");
		Path migrations = Files.createDirectories(this.root.resolve("src/main/resources/db/migration"));
		assertThat(MavenCommand.of(migrations)).isEqualTo("mvn -f " + this.root.resolve("pom.xml"));
	}

	@Test
	void aModuleOfALargerBuildIsSelectedWithTheModulesItNeeds() throws IOException {
		Files.writeString(this.root.resolve("pom.xml"), "<project/>");
		Path module = Files.createDirectories(this.root.resolve("services/demo"));
		Files.writeString(module.resolve("pom.xml"), "<project/>");
		Path migrations = Files.createDirectories(module.resolve("src/main/resources/db/migration"));
		assertThat(MavenCommand.of(migrations))
			.isEqualTo("mvn -f " + this.root.resolve("pom.xml") + " -pl services/demo -am");
	}

	@Test
	void aDirectoryOutsideAnyModuleGetsPlainMaven() {
		assertThat(MavenCommand.of(this.root)).isEqualTo("mvn");
		assertThat(MavenCommand.of(null)).isEqualTo("mvn");
	}

}
