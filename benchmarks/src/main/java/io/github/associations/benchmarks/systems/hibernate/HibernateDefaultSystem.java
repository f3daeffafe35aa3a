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

package io.github.associations.benchmarks.systems.hibernate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.UserView;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate with the default bidirectional mapping: each write finds its entities and
 * changes them in a {@code TransactionTemplate}, and Hibernate flushes the changes at
 * commit; loads use the repository's {@code findAllById}.
 */
public final class HibernateDefaultSystem extends SpringSystem implements OneToOneSystem {

	private final UserRepository users;

	private final ProfileRepository profiles;

	private final TransactionTemplate writes;

	public HibernateDefaultSystem(CountingDataSource dataSource) {
		super(dataSource, HibernateApplication.class);
		this.users = bean(UserRepository.class);
		this.profiles = bean(ProfileRepository.class);
		this.writes = transactions(false);
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		Long userId = this.writes.execute((status) -> {
			User user = new User(username, email);
			Profile profile = new Profile(bio);
			profile.setUser(user);
			user.setProfile(profile);
			this.users.save(user);
			this.profiles.save(profile);
			return user.getId();
		});
		return Objects.requireNonNull(userId);
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		this.writes.executeWithoutResult((status) -> {
			Profile profile = this.profiles.findById(profileId).orElseThrow();
			User user = this.users.findById(userId).orElseThrow();
			Profile previous = user.getProfile();
			if (previous != null && previous != profile) {
				previous.setUser(null);
				this.profiles.flush();
			}
			User holder = profile.getUser();
			if (holder != null) {
				holder.setProfile(null);
			}
			profile.setUser(user);
			user.setProfile(profile);
		});
	}

	@Override
	public void unsetProfile(long userId) {
		this.writes.executeWithoutResult((status) -> {
			User user = this.users.findById(userId).orElseThrow();
			Profile profile = user.getProfile();
			if (profile != null) {
				profile.setUser(null);
				user.setProfile(null);
			}
		});
	}

	@Override
	public void updateUsername(long userId, String username) {
		this.writes.executeWithoutResult((status) -> this.users.findById(userId).orElseThrow().setUsername(username));
	}

	@Override
	public List<User> loadUsersWithProfiles(long[] userIds) {
		return this.users.findAllById(Arrays.stream(userIds).boxed().toList());
	}

	@Override
	public UserView view(Object loaded) {
		User user = (User) loaded;
		Profile profile = user.getProfile();
		return new UserView(Objects.requireNonNull(user.getId()), (profile != null) ? profile.getId() : null);
	}

}
