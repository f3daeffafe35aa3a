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

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.associations.repository.RepositoryTestApplication.Clearance;
import io.github.associations.repository.RepositoryTestApplication.Member;
import io.github.associations.repository.RepositoryTestApplication.Passport;
import io.github.associations.repository.RepositoryTestApplication.Profile;
import io.github.associations.repository.RepositoryTestApplication.Team;
import io.github.associations.repository.RepositoryTestApplication.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested includes, optional or required at each of two levels, against data with a row
 * missing at each level: a required include empties only its parent's include, and
 * filters the root only where every include above it is required as well.
 */
class NestedIncludesIntegrationTests extends AbstractRepositoryIntegrationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private StatementLog log;

	@Test
	void hasOneInsideHasOneLoadsWhatEachCombinationOfIncludesPromises() {
		team("cleared", "ada", "secret");
		team("uncleared", "bob", null);
		this.aggregates.insert(new Team(null, "leaderless"));
		Map<String, String> expected = new TreeMap<>();
		expected.put("optional/optional", "cleared[ada[secret]] leaderless[] uncleared[bob[]]");
		expected.put("optional/required", "cleared[ada[secret]] leaderless[] uncleared[]");
		expected.put("required/optional", "cleared[ada[secret]] uncleared[bob[]]");
		expected.put("required/required", "cleared[ada[secret]]");
		Map<String, String> loaded = new TreeMap<>();
		for (String combination : expected.keySet()) {
			String[] levels = combination.split("/");
			this.log.clear();
			List<Loaded<Team>> teams = this.associations.load(Team.class)
				.include("captain", include(levels[0]).include("clearance", include(levels[1])))
				.all();
			assertThat(this.log.statements()).containsExactly("SELECT");
			loaded.put(combination, describeTeams(teams));
		}
		assertThat(loaded).isEqualTo(expected);
	}

	@Test
	void hasOneInsideBelongsToLoadsWhatEachCombinationOfIncludesPromises() {
		User traveller = this.aggregates.insert(new User(null, "traveller"));
		User homebody = this.aggregates.insert(new User(null, "homebody"));
		this.associations.hasOne(User.class, Passport.class, "passport")
			.create(traveller, new Passport(null, "T1", null));
		this.associations.belongsTo(Profile.class, User.class)
			.set(this.aggregates.insert(new Profile(null, "a")), traveller);
		this.associations.belongsTo(Profile.class, User.class)
			.set(this.aggregates.insert(new Profile(null, "b")), homebody);
		this.aggregates.insert(new Profile(null, "c"));
		Map<String, String> expected = new TreeMap<>();
		expected.put("optional/optional", "a[traveller[T1]] b[homebody[]] c[]");
		expected.put("optional/required", "a[traveller[T1]] b[] c[]");
		expected.put("required/optional", "a[traveller[T1]] b[homebody[]]");
		expected.put("required/required", "a[traveller[T1]]");
		Map<String, String> loaded = new TreeMap<>();
		for (String combination : expected.keySet()) {
			String[] levels = combination.split("/");
			List<Loaded<Profile>> profiles = this.associations.load(Profile.class)
				.include("user", include(levels[0]).include("passport", include(levels[1])))
				.all();
			loaded.put(combination, describe(profiles, Profile::bio, "user", User.class, User::username, "passport",
					Passport.class, Passport::number));
		}
		assertThat(loaded).isEqualTo(expected);
	}

	@Test
	void aFilteredRequiredIncludeEmptiesOnlyItsParentWhereNoTargetMatches() {
		team("cleared", "ada", "secret");
		team("confidential", "cy", "confidential");
		team("uncleared", "bob", null);
		List<Loaded<Team>> teams = this.associations.load(Team.class)
			.include("captain",
					Include.optional()
						.include("clearance", Include.required().where(Criteria.where("level").is("secret"))))
			.all();
		assertThat(describeTeams(teams)).isEqualTo("cleared[ada[secret]] confidential[] uncleared[]");
	}

	@Test
	void aRequiredBelongsToInsideAnOptionalIncludeEmptiesOnlyItsParent() {
		Team cleared = team("cleared", "ada", "secret");
		team("uncleared", "bob", null);
		Member ada = this.associations.hasOne(Team.class, Member.class, "captain").get(cleared).orElseThrow();
		this.associations.belongsTo(Member.class, Team.class).set(ada, cleared);
		List<Loaded<Team>> teams = this.associations.load(Team.class)
			.include("captain", Include.optional().include("team", Include.required()))
			.all();
		assertThat(describe(teams, Team::name, "captain", Member.class, Member::name, "team", Team.class, Team::name))
			.isEqualTo("cleared[ada[cleared]] uncleared[]");
	}

	private Team team(String name, String captain, String clearance) {
		Team team = this.aggregates.insert(new Team(null, name));
		Member member = this.associations.hasOne(Team.class, Member.class, "captain")
			.create(team, new Member(null, captain));
		if (clearance != null) {
			this.associations.hasOne(Member.class, Clearance.class).create(member, new Clearance(null, clearance));
		}
		return team;
	}

	private static String describeTeams(List<Loaded<Team>> teams) {
		return describe(teams, Team::name, "captain", Member.class, Member::name, "clearance", Clearance.class,
				Clearance::level);
	}

	/**
	 * Describe loaded roots sorted by name, each as {@code root[target[nested]]}, with
	 * {@code root[]} for a root without its target and {@code target[]} for a target
	 * without its nested target.
	 */
	private static <R, T, N> String describe(List<Loaded<R>> roots, Function<R, String> rootName, String as,
			Class<T> targetType, Function<T, String> targetName, String nestedAs, Class<N> nestedType,
			Function<N, String> nestedName) {
		return roots.stream().sorted(Comparator.comparing((root) -> rootName.apply(root.entity()))).map((root) -> {
			String target = root.loaded(as, targetType)
				.map((loaded) -> targetName.apply(loaded.entity()) + "["
						+ loaded.get(nestedAs, nestedType).map(nestedName).orElse("") + "]")
				.orElse("");
			return rootName.apply(root.entity()) + "[" + target + "]";
		}).collect(Collectors.joining(" "));
	}

	private static Include include(String kind) {
		return "required".equals(kind) ? Include.required() : Include.optional();
	}

}
