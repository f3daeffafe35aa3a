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

package io.github.associations.repository;

import java.util.List;
import java.util.UUID;

import io.github.associations.repository.RepositoryTestApplication.Account;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * belongsToMany with keys other than a {@code bigint} id: a UUID source
 * ({@code Account.tags}) and a target referenced by its unique name ({@code Post.labels},
 * {@code post_labels (post_id, label)} referencing {@code tags(name)}), written, read and
 * loaded as the id-keyed ones.
 */
class BelongsToManyKeysIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private BelongsToManyRepository<Account, Tag> accountTags;

	@Autowired
	@As("labels")
	private BelongsToManyRepository<Post, Tag> labels;

	@Autowired
	private Associations associations;

	private Tag java;

	private Tag sql;

	@BeforeEach
	void createTags() {
		this.java = this.aggregates.insert(new Tag(null, "java"));
		this.sql = this.aggregates.insert(new Tag(null, "sql"));
	}

	@Test
	void aUuidSourceLinksReadsAndLoadsItsTargets() {
		Account account = this.aggregates.insert(new Account(null, "acme"));
		this.accountTags.add(account, List.of(this.sql, this.java));
		this.accountTags.set(account, List.of(this.java, new Tag(null, "jdbc")));
		assertThat(this.accountTags.get(account)).extracting(Tag::name).containsExactly("java", "jdbc");
		assertThat(this.accountTags.getAll(List.of(account)).get(account.id())).hasSize(2);
		assertThat(this.accountTags.remove(account, List.of(this.java))).isEqualTo(1);
		assertThat(this.associations.load(Account.class).include("tags").all().get(0).getList(this.accountTags))
			.extracting(Tag::name)
			.containsExactly("jdbc");
		assertThat(this.jdbc.sql("SELECT account_id FROM account_tags").query(UUID.class).list())
			.containsExactly(account.id());
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.accountTags.add(new Account(UUID.randomUUID(), "gone"), this.java))
			.withMessageStartingWith("Account.tags: Account ");
	}

	@Test
	void aTargetReferencedByAUniquePropertyIsLinkedByIt() {
		Post post = this.aggregates.insert(new Post(null, null, "p", null));
		this.labels.add(post, List.of(this.sql, this.java));
		assertThat(this.jdbc.sql("SELECT post_id, label FROM post_labels ORDER BY label")
			.query((row, number) -> tuple(row.getLong(1), row.getString(2)))
			.list()).containsExactly(tuple(post.id(), "java"), tuple(post.id(), "sql"));
		this.labels.set(post, List.of(this.sql));
		assertThat(this.labels.get(post, Sort.by("name"), 10)).containsExactly(this.sql);
		assertThat(this.labels.has(post, List.of(this.sql))).isTrue();
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.labels.add(post, new Tag(99L, "kotlin")))
			.withMessage("Post.labels: Tag kotlin does not exist");
		assertThat(this.associations.load(Post.class).include("labels").all().get(0).getList(this.labels))
			.containsExactly(this.sql);
	}

}
