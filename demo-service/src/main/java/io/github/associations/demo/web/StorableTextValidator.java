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

import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link StorableText}, naming the first rule a text breaks.
 */
class StorableTextValidator implements ConstraintValidator<StorableText, String> {

	/**
	 * Letters that show as nothing, which a name made only of them would look blank: the
	 * Hangul fillers and the blank braille pattern.
	 */
	private static final Set<Integer> BLANK = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

	private boolean name;

	@Override
	public void initialize(StorableText annotation) {
		this.name = annotation.name();
	}

	@Override
	public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
		if (text == null) {
			return true;
		}
		String problem = problem(text);
		if (problem != null) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}
		return true;
	}

	private @Nullable String problem(String text) {
		boolean blank = true;
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (character == 0) {
				return "must not contain a NUL character";
			}
			if (Character.isSurrogate(character) && !(Character.isHighSurrogate(character) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1)))) {
				return "must not contain an unpaired surrogate (invalid UTF-16)";
			}
			int codePoint = text.codePointAt(i);
			if (Character.isSupplementaryCodePoint(codePoint)) {
				i++;
			}
			if (this.name && isInvisible(codePoint)) {
				return "must not contain control, formatting or line-separating characters (found U+"
						+ String.format("%04X", codePoint) + ")";
			}
			if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && !BLANK.contains(codePoint)) {
				blank = false;
			}
		}
		return (this.name && blank) ? "must not be blank" : null;
	}

	private static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
