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

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column type changes only widen a column, so that every value it holds still fits.
 */
final class ColumnTypeChanges {

	private static final Map<String, Set<String>> WIDER = Map.of("smallint", Set.of("integer", "bigint", "numeric"),
			"integer", Set.of("bigint", "numeric"), "bigint", Set.of("numeric"), "real", Set.of("double precision"),
			"varchar", Set.of("text"));

	private static final Pattern LENGTH = Pattern
		.compile("(varchar|character varying|numeric)\\((\\d+)(,\\s*(\\d+))?\\)");

	private ColumnTypeChanges() {
	}

	static boolean isWidening(String from, String to) {
		String source = from.toLowerCase(Locale.ROOT).trim();
		String target = to.toLowerCase(Locale.ROOT).trim();
		if (source.equals(target)) {
			return true;
		}
		Matcher sourceLength = LENGTH.matcher(source);
		Matcher targetLength = LENGTH.matcher(target);
		if (sourceLength.matches()) {
			String base = sourceLength.group(1).equals("numeric") ? "numeric" : "varchar";
			if (targetLength.matches()
					&& base.equals(targetLength.group(1).equals("numeric") ? "numeric" : "varchar")) {
				return widerOrEqual(sourceLength, targetLength);
			}
			return target.equals(base.equals("numeric") ? "numeric" : "text");
		}
		return WIDER.getOrDefault(source, Set.of()).contains(target);
	}

	private static boolean widerOrEqual(Matcher source, Matcher target) {
		int sourcePrecision = Integer.parseInt(source.group(2));
		int targetPrecision = Integer.parseInt(target.group(2));
		int sourceScale = (source.group(4) != null) ? Integer.parseInt(source.group(4)) : 0;
		int targetScale = (target.group(4) != null) ? Integer.parseInt(target.group(4)) : 0;
		return targetScale >= sourceScale && (targetPrecision - targetScale) >= (sourcePrecision - sourceScale);
	}

}
