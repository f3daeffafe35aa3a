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

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes snapshots as JSON: indented, LF line endings, a trailing newline, the
 * same bytes for the same snapshot.
 */
final class SnapshotJson {

	private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

	private static final Separators SEPARATORS = Separators.createDefaultInstance()
		.withObjectNameValueSpacing(Separators.Spacing.AFTER)
		.withArrayEmptySeparator("")
		.withObjectEmptySeparator("");

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(INDENTER)
			.withArrayIndenter(INDENTER)
			.withSeparators(SEPARATORS))
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private SnapshotJson() {
	}

	static String write(Snapshot snapshot) {
		return MAPPER.writeValueAsString(snapshot) + "\n";
	}

	static Snapshot read(byte[] json) {
		try {
			Snapshot snapshot = MAPPER.readValue(json, Snapshot.class);
			if (snapshot.format() != Snapshot.FORMAT) {
				throw new IllegalArgumentException("it has format " + snapshot.format() + ", but this version reads "
						+ "format " + Snapshot.FORMAT);
			}
			return snapshot;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
