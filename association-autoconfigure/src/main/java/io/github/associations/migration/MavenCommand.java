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

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The Maven command line that runs an application from anywhere, for the actions of
 * failure analyses: {@code mvn -f <module>/pom.xml} for a build of one module, and
 * {@code mvn -f <root>/pom.xml -pl <module> -am}, as the documentation shows, for a
 * module of a larger build, so that the modules it depends on are built with it.
 */
final class MavenCommand {

	private static final String POM = "pom.xml";

	private MavenCommand() {
	}

	/**
	 * Return the start of the command for the module of a directory, or plain {@code mvn}
	 * when the directory is in no Maven module.
	 * @param directory a directory of the module, such as its migrations' source
	 * directory, or {@code null}
	 * @return the command without goals
	 */
	static String of(@Nullable Path directory) {
		Path module = (directory != null) ? module(directory.toAbsolutePath().normalize()) : null;
		if (module == null) {
			return "mvn";
		}
		Path root = module;
		for (Path candidate = module.getParent(); candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve(POM))) {
				root = candidate;
			}
		}
		if (root.equals(module)) {
			return "mvn -f " + module.resolve(POM);
		}
		return "mvn -f " + root.resolve(POM) + " -pl " + root.relativize(module) + " -am";
	}

	private static @Nullable Path module(Path directory) {
		for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve(POM))) {
				return candidate;
			}
		}
		return null;
	}

}
