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
 * A data-access system doing the benchmarked one-to-one operations between users and
 * profiles ({@code profiles.user_id}, nullable and unique), each the way its users write
 * it.
 */
public interface OneToOneSystem extends BenchmarkedSystem {

	/**
	 * Hold users and profiles the operations will use, as an application holds entities
	 * it loaded before; systems that work with ids alone hold nothing. Not timed.
	 * @param userIds ids of users
	 * @param profileIds ids of profiles
	 */
	default void hold(long[] userIds, long[] profileIds) {
	}

	/**
	 * Create a user and a profile linked with it, in one transaction.
	 * @param username the user's name
	 * @param email the user's email
	 * @param bio the profile's bio
	 * @return the new user's id
	 */
	long createUserWithProfile(String username, String email, String bio);

	/**
	 * Link an existing profile with a user, taking it from the user it was linked with
	 * and unlinking the user's previous profile, in one transaction.
	 * @param profileId the profile
	 * @param userId the user
	 */
	void relinkProfile(long profileId, long userId);

	/**
	 * Unlink a user's profile; the profile stays, with no user.
	 * @param userId the user
	 */
	void unsetProfile(long userId);

	/**
	 * Change a user's name; the user's profile stays as it is.
	 * @param userId the user
	 * @param username the new name
	 */
	void updateUsername(long userId, String username);

	/**
	 * Load users with their profiles.
	 * @param userIds the users' ids
	 * @return the users in the system's own form
	 */
	List<?> loadUsersWithProfiles(long[] userIds);

	/**
	 * Describe one element of {@link #loadUsersWithProfiles}'s result, for checking it.
	 * @param loaded an element of the result
	 * @return the user's id and its profile's id
	 */
	UserView view(Object loaded);

}
