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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that PostgreSQL stores exactly as given: no NUL character (PostgreSQL refuses it)
 * and no unpaired surrogate (it would be stored as {@code ?}, so that two different texts
 * could become the same). With {@link #name()}, text that people read as a name: also no
 * control, formatting (such as bidirectional overrides or zero-width characters) or
 * line-separating characters, and not blank after any Unicode white space. {@code null}
 * is valid.
 */
@Documented
@Constraint(validatedBy = StorableTextValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface StorableText {

	/**
	 * Whether the text is a name, with the stricter rules.
	 * @return whether the text is a name
	 */
	boolean name() default false;

	String message() default "must be text that can be stored";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
