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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.associations.repository.RepositoryTestApplication.Follow;
import io.github.associations.repository.RepositoryTestApplication.Post;
import io.github.associations.repository.RepositoryTestApplication.Tag;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A belongsToMany through a junction model, {@code User.followedTags} through
 * {@code Follow(userId, tagId, priority, since)}: its links carry values, written with
 * {@code add} and {@code setPayload}, sorted by and read beside each target.
 */
class JunctionModelIntegrationTests extends AbstractRepositoryIntegrationTests {

	private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	private BelongsToManyRepository<User, Tag> followedTags;

	@Autowired
	@As("tags")
	private BelongsToManyRepository<Post, Tag> tags;

	@Autowired
	private Associations associations;

	@Autowired
	private StatementLog log;

	private User alice;

	private Tag java;

	private Tag sql;

	@BeforeEach
	void createUserAndTags() {
		this.alice = this.aggregates.insert(new User(null, "alice"));
		this.java = this.aggregates.insert(new Tag(null, "java"));
		this.sql = this.aggregates.insert(new Tag(null, "sql"));
	}

	@Test
	void addWritesTheLinksValuesAndAddingAgainReplacesThemWithOneStatement() {
		this.log.clear();
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 3, MONDAY, null));
		assertThat(this.log.roundTrips()).singleElement().asString().contains("INSERT INTO \"follows\"");
		assertThat(this.log.roundTrips().get(0)).contains("DO UPDATE SET \"priority\" = EXCLUDED.\"priority\"");
		assertThat(follows()).containsExactly(tuple(this.alice.id(), this.java.id(), 3, MONDAY));
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 5, MONDAY.plusDays(1), null));
		assertThat(follows()).containsExactly(tuple(this.alice.id(), this.java.id(), 5, MONDAY.plusDays(1)));
		Tag created = this.followedTags.add(this.alice, new Tag(null, "jdbc"), new Follow(null, null, 1, null, null));
		assertThat(created.id()).isNotNull();
		assertThat(follows()).contains(tuple(this.alice.id(), created.id(), 1, null));
	}

	@Test
	void addWithValuesForAMissingTagOrUserRaisesAndWritesNothing() {
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 3, MONDAY, null));
		assertThatExceptionOfType(MissingEntityException.class).isThrownBy(
				() -> this.followedTags.add(this.alice, new Tag(999L, "gone"), new Follow(null, null, 1, null, null)))
			.withMessage("User.followedTags: Tag 999 does not exist");
		User gone = this.aggregates.insert(new User(null, "gone"));
		this.rows.update("DELETE FROM users WHERE id = ?", gone.id());
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.followedTags.add(gone, this.sql, new Follow(null, null, 1, null, null)))
			.withMessage("User.followedTags: User " + gone.id() + " does not exist");
		assertThat(follows()).containsExactly(tuple(this.alice.id(), this.java.id(), 3, MONDAY));
	}

	@Test
	void linksWithoutValuesLeaveThemNullAndSetKeepsTheKeptLinksValues() {
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 3, MONDAY, null));
		this.followedTags.set(this.alice, List.of(this.java, this.sql));
		assertThat(follows()).containsExactly(tuple(this.alice.id(), this.java.id(), 3, MONDAY),
				tuple(this.alice.id(), this.sql.id(), null, null));
	}

	@Test
	void setPayloadChangesTheValuesOfManyLinksWithOneStatement() {
		this.followedTags.add(this.alice, List.of(this.java, this.sql));
		this.log.clear();
		this.followedTags.setPayload(this.alice, List.of(this.sql, this.java),
				List.of(new Follow(null, null, 1, MONDAY, null), new Follow(null, null, 2, null, null)));
		assertThat(this.log.statements()).containsExactly("UPDATE");
		assertThat(follows()).containsExactly(tuple(this.alice.id(), this.java.id(), 2, null),
				tuple(this.alice.id(), this.sql.id(), 1, MONDAY));
	}

	@Test
	void setPayloadOfATargetThatIsNotLinkedChangesNothing() {
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 3, MONDAY, null));
		Tag spring = this.aggregates.insert(new Tag(null, "spring"));
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.followedTags.setPayload(this.alice, List.of(this.java, this.sql, spring),
					List.of(new Follow(null, null, 9, null, null), new Follow(null, null, 9, null, null),
							new Follow(null, null, 9, null, null))))
			.withMessage("User.followedTags: Tags " + this.sql.id() + ", " + spring.id() + " are not linked with User "
					+ this.alice.id());
		assertThat(follows()).containsExactly(tuple(this.alice.id(), this.java.id(), 3, MONDAY));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.followedTags.setPayload(this.alice, List.of(this.java), List.of()))
			.withMessage(
					"User.followedTags: setPayload needs one payload per target, but got 1 targets and 0 payloads");
	}

	@Test
	void setPayloadOfMoreLinksThanOneStatementCanBindTakesOneStatementMoreInOneTransaction() {
		List<Tag> many = manyFollowedTags();
		this.log.clear();
		this.followedTags.setPayload(this.alice, many,
				Collections.nCopies(many.size(), new Follow(null, null, 7, MONDAY, null)));
		assertThat(this.log.statements()).containsExactly("UPDATE", "UPDATE");
		assertThat(this.jdbc.sql("SELECT count(*) FROM follows WHERE priority = 7 AND since = ?")
			.param(MONDAY)
			.query(Long.class)
			.single()).isEqualTo(many.size());
	}

	@Test
	void setPayloadOfManyLinksWithOneNotLinkedInTheLastStatementChangesNothing() {
		List<Tag> many = new ArrayList<>(manyFollowedTags());
		Tag unfollowed = this.aggregates.insert(new Tag(null, "unfollowed"));
		many.add(unfollowed);
		assertThatExceptionOfType(MissingEntityException.class)
			.isThrownBy(() -> this.followedTags.setPayload(this.alice, many,
					Collections.nCopies(many.size(), new Follow(null, null, 7, MONDAY, null))))
			.withMessage("User.followedTags: Tag " + unfollowed.id() + " is not linked with User " + this.alice.id());
		assertThat(this.jdbc.sql("SELECT count(*) FROM follows WHERE priority <> 0").query(Long.class).single())
			.isZero();
	}

	/**
	 * Make alice follow one tag more than one statement of {@code setPayload} can bind
	 * with Follow's three payload columns, and return the tags, newest first.
	 */
	private List<Tag> manyFollowedTags() {
		int count = 16_384;
		this.jdbc.sql("INSERT INTO tags (name) SELECT 'many-' || g FROM generate_series(1, ?) AS g")
			.param(count)
			.update();
		this.jdbc
			.sql("INSERT INTO follows (user_id, tag_id, priority) SELECT ?, id, 0 FROM tags WHERE name LIKE 'many-%'")
			.param(this.alice.id())
			.update();
		return this.jdbc.sql("SELECT id, name FROM tags WHERE name LIKE 'many-%' ORDER BY id DESC")
			.query((row, number) -> new Tag(row.getLong(1), row.getString(2)))
			.list();
	}

	@Test
	void aValueTooLongForItsColumnIsRefusedNotCutShort() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.followedTags.add(this.alice, this.java, new Follow(null, null, 1, null, "too long")));
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 1, null, "short"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.followedTags
			.setPayload(this.alice, List.of(this.java), List.of(new Follow(null, null, 2, null, "too long"))));
		assertThat(this.jdbc.sql("SELECT note FROM follows").query(String.class).list()).containsExactly("short");
	}

	@Test
	void aPayloadOfAnotherTypeOrAnAssociationWithoutJunctionModelIsRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.followedTags.add(this.alice, this.java, "priority 3"))
			.withMessage("User.followedTags: the payload of a link is a Follow, not a java.lang.String");
		assertThat(follows()).isEmpty();
		Post post = this.aggregates.insert(new Post(null, null, "p", null));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.tags.add(post, this.java, new Follow(null, null, 1, null, null)))
			.withMessage("Post.tags has no junction model, so its links carry no payload; declare one with "
					+ "through(Model.class)");
	}

	@Test
	void targetsSortByTheLinksValuesAndLoadWithThem() {
		this.followedTags.add(this.alice, this.java, new Follow(null, null, 2, MONDAY, null));
		this.followedTags.add(this.alice, this.sql, new Follow(null, null, 1, null, null));
		assertThat(this.followedTags.get(this.alice, Sort.by("priority"), 10)).containsExactly(this.sql, this.java);
		this.log.clear();
		List<Loaded<User>> users = this.associations.load(User.class)
			.include("followedTags", Include.optional().sort(Sort.by("priority").descending()))
			.all();
		assertThat(this.log.statements()).containsExactly("SELECT", "SELECT");
		List<Loaded<Tag>> followed = users.get(0).loadedList("followedTags", Tag.class);
		assertThat(followed).extracting(Loaded::entity).containsExactly(this.java, this.sql);
		assertThat(followed.get(0).link(Follow.class))
			.contains(new Follow(this.alice.id(), this.java.id(), 2, MONDAY, null));
		assertThat(followed.get(1).link(Follow.class))
			.contains(new Follow(this.alice.id(), this.sql.id(), 1, null, null));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.followedTags.get(this.alice, Sort.by("rank"), 10))
			.withMessage("User.followedTags: cannot sort by 'rank', which is no column of Tag or Follow");
	}

	private List<org.assertj.core.groups.Tuple> follows() {
		return this.jdbc.sql("SELECT user_id, tag_id, priority, since FROM follows ORDER BY user_id, tag_id")
			.query((row, number) -> tuple(row.getLong(1), row.getLong(2), (Integer) row.getObject(3),
					row.getObject(4, OffsetDateTime.class)))
			.list();
	}

}
