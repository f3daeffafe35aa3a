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

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency conflicts, which a test cannot provoke reliably over HTTP, become retryable
 * conflict problems.
 */
class ApiProblemsTests {

	@Test
	void aConcurrencyConflictIsARetryableConflict() {
		for (ConcurrencyFailureException ex : new ConcurrencyFailureException[] {
				new ConcurrencyFailureException("User.profile: another transaction linked a Profile"),
				new CannotAcquireLockException("lock timeout") }) {
			ProblemDetail problem = new ApiProblems().concurrencyConflict(ex);
			assertThat(problem.getStatus()).isEqualTo(409);
			assertThat(problem.getDetail())
				.isEqualTo("A concurrent request changed the same data; the request can be retried");
			assertThat(problem.getProperties()).containsEntry("retryable", true);
		}
	}

}
