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

package io.github.associations.demo.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.associations.repository.Associations;
import io.github.associations.repository.BelongsToRepository;
import io.github.associations.repository.EagerQuery;
import io.github.associations.repository.HasOneRepository;
import io.github.associations.repository.Include;
import io.github.associations.repository.Linked;
import io.github.associations.repository.Loaded;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users with their profiles and passports: what the API does, each operation in one
 * transaction.
 */
@Service
public class Accounts {

	private final UserRepository users;

	private final ProfileRepository profiles;

	private final Associations associations;

	private final HasOneRepository<User, Profile> userProfiles;

	private final HasOneRepository<User, Passport> passports;

	private final BelongsToRepository<Profile, User> owners;

	Accounts(UserRepository users, ProfileRepository profiles, Associations associations) {
		this.users = users;
		this.profiles = profiles;
		this.associations = associations;
		this.userProfiles = associations.hasOne(User.class, Profile.class);
		this.passports = associations.hasOne(User.class, Passport.class, "passport");
		this.owners = associations.belongsTo(Profile.class, User.class);
	}

	/**
	 * Register a user, with a new profile when one is given: two {@code INSERT}s in one
	 * transaction.
	 * @param user the new user
	 * @param profile the new profile, or {@code null}
	 * @return the user and profile as stored
	 */
	@Transactional
	public Linked<User, Profile> register(User user, @Nullable Profile profile) {
		if (profile == null) {
			return new Linked<>(this.users.save(user), null);
		}
		return this.userProfiles.save(user, profile);
	}

	/**
	 * Return a user with its included targets; of its posts, the newest ones.
	 * @param id the user's id
	 * @param includes the associations to include
	 * @param postsLimit the maximum number of posts included
	 * @return the user
	 */
	@Transactional(readOnly = true)
	public Loaded<User> user(long id, Set<String> includes, int postsLimit) {
		return load(User.class, includes, postsLimit).byId(id).orElseThrow(() -> missingUser(id));
	}

	/**
	 * Return one page of the users, ordered by id, with their included targets: one query
	 * for the page, one for the total, and one for the posts of the whole page when they
	 * are included.
	 * @param includes the associations to include
	 * @param page the page, from 0, of at most {@code page.getPageSize()} users
	 * @param postsLimit the maximum number of posts included per user, the newest
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<Loaded<User>> users(Set<String> includes, Pageable page, int postsLimit) {
		Pageable byId = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("id"));
		List<Loaded<User>> content = load(User.class, includes, postsLimit).matching(Query.empty().with(byId)).all();
		return new PageImpl<>(content, byId, this.users.count());
	}

	@Transactional(readOnly = true)
	public Profile profileOf(long userId) {
		return user(userId, Set.of("profile"), 0).get("profile", Profile.class)
			.orElseThrow(() -> new NotFoundException("User " + userId + " has no profile"));
	}

	/**
	 * Link an existing profile with a user; the user's previous profile stays, unlinked.
	 * @param userId the user's id
	 * @param profileId the profile's id
	 * @return the profile as stored
	 */
	@Transactional
	public Profile linkProfile(long userId, long profileId) {
		Profile profile = requireProfile(profileId);
		return this.userProfiles.set(requireUser(userId), profile);
	}

	@Transactional
	public Profile createProfile(long userId, String bio) {
		return this.userProfiles.create(requireUser(userId), new Profile(null, bio, null));
	}

	@Transactional
	public void unlinkProfile(long userId) {
		this.userProfiles.set(requireUser(userId), null);
	}

	@Transactional
	public Profile newProfile(String bio) {
		return this.profiles.save(new Profile(null, bio, null));
	}

	@Transactional(readOnly = true)
	public Loaded<Profile> profile(long id, Set<String> includes) {
		return load(Profile.class, includes, 0).byId(id)
			.orElseThrow(() -> new NotFoundException("Profile " + id + " does not exist"));
	}

	/**
	 * Point a profile at a user, or at none.
	 * @param profileId the profile's id
	 * @param userId the user's id, or {@code null}
	 * @return the profile as stored
	 */
	@Transactional
	public Profile setOwner(long profileId, @Nullable Long userId) {
		Profile profile = requireProfile(profileId);
		return this.owners.set(profile, (userId != null) ? requireUser(userId) : null);
	}

	/**
	 * Issue a new passport to a user; the user's previous passport is deleted.
	 * @param userId the user's id
	 * @param number the passport number
	 * @return the passport as stored
	 */
	@Transactional
	public Passport issuePassport(long userId, String number) {
		Passport passport = this.passports.set(requireUser(userId), new Passport(null, number));
		return Objects.requireNonNull(passport);
	}

	/**
	 * Delete a user: the database unlinks the profile and deletes the passport.
	 * @param id the user's id
	 */
	@Transactional
	public void deleteUser(long id) {
		this.users.delete(requireUser(id));
	}

	private <S> EagerQuery<S> load(Class<S> type, Set<String> includes, int postsLimit) {
		EagerQuery<S> query = this.associations.load(type);
		for (String include : includes) {
			query = include.equals("posts")
					? query.include(include, Include.optional().sort(Sort.by("id").descending()).limit(postsLimit))
					: query.include(include);
		}
		return query;
	}

	private User requireUser(long id) {
		return this.users.findById(id).orElseThrow(() -> missingUser(id));
	}

	private Profile requireProfile(long id) {
		return this.profiles.findById(id).orElseThrow(() -> new NotFoundException("Profile " + id + " does not exist"));
	}

	private static NotFoundException missingUser(long id) {
		return new NotFoundException("User " + id + " does not exist");
	}

}
