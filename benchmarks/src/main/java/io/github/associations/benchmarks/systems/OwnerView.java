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

package io.github.associations.benchmarks.systems;

import java.util.List;

/**
 * A loaded entity with the targets of its to-many association (a user with its posts, a
 * post with its tags) as the checks see it, whatever the system.
 *
 * @param ownerId the entity's id
 * @param targetIds the ids of its targets, in the order the system gave them
 */
public record OwnerView(long ownerId, List<Long> targetIds) {

}
