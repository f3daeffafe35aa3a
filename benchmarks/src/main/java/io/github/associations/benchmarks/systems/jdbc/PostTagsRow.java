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

package io.github.associations.benchmarks.systems.jdbc;

import java.util.List;

import io.github.associations.benchmarks.systems.OwnerView;

/**
 * A post with its tags as the hand-written system reads them.
 *
 * @param id the post's id
 * @param title the post's title
 * @param body the post's text
 * @param tags the post's tags
 */
record PostTagsRow(long id, String title, String body, List<TagRow> tags) {

	OwnerView view() {
		return new OwnerView(this.id, this.tags.stream().map(TagRow::id).toList());
	}

	/**
	 * A tag.
	 *
	 * @param id the tag's id
	 * @param name the tag's name
	 */
	record TagRow(long id, String name) {

	}

}
