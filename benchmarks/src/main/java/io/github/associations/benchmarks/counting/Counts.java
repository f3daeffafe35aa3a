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

package io.github.associations.benchmarks.counting;

/**
 * Statements and round trips per operation, averaged over a number of operations.
 *
 * @param statements SQL statements per operation (each statement of a batch counts)
 * @param roundTrips round trips to the server per operation: statement executions (a
 * batch is one) and the {@code COMMIT} or {@code ROLLBACK} of a transaction that executed
 * something
 * @param operations how many operations were counted
 */
public record Counts(double statements, double roundTrips, int operations) {

}
