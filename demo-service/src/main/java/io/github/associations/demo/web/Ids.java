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

package io.github.associations.demo.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers in paths and query parameters, accepted only in their one canonical form: ASCII
 * decimal digits without a sign or leading zeros. {@code 0x1}, {@code +1}, {@code 01} or
 * {@code \u0661} (Arabic-Indic one) never stand for 1, so that one resource has one
 * address.
 */
final class Ids {

	private static final Pattern CANONICAL = Pattern.compile("0|[1-9][0-9]{0,18}");

	private static final String RULE = "must be a decimal number of ASCII digits without sign or leading zeros";

	private Ids() {
	}

	static long parseLong(String field, String text) {
		if (!CANONICAL.matcher(text).matches()) {
			throw new BadRequestException(field, RULE);
		}
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(field, "is too large");
		}
	}

	static int parseInt(String field, String text, int minimum) {
		long value = parseLong(field, text);
		if (value < minimum || value > Integer.MAX_VALUE) {
			throw new BadRequestException(field, "must be from " + minimum + " to " + Integer.MAX_VALUE);
		}
		return (int) value;
	}

	/**
	 * Check the ids of a body: a list of at most {@value Paging#MAX_SIZE} positive ids.
	 * @param field the name of the listed things, such as {@code posts}
	 * @param ids the ids
	 * @return the distinct ids, in order
	 */
	static Set<Long> list(String field, @Nullable List<@Nullable Long> ids) {
		String singular = field.substring(0, field.length() - 1);
		if (ids == null || ids.size() > Paging.MAX_SIZE) {
			throw new BadRequestException(field, "give a list of at most " + Paging.MAX_SIZE + " " + singular + " ids");
		}
		Set<Long> distinct = new LinkedHashSet<>();
		for (Long id : ids) {
			if (id == null || id < 1) {
				throw new BadRequestException(field, "every " + singular + " id must be a positive number");
			}
			distinct.add(id);
		}
		return distinct;
	}

}
