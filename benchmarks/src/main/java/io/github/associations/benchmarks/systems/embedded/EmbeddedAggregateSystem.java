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

package io.github.associations.benchmarks.systems.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.UserView;

/**
 * Spring Data JDBC with the profile inside the user's aggregate: saving a user writes its
 * whole aggregate, and a profile cannot exist without a user, so relinking and unsetting
 * (which keep the profile) cannot be expressed.
 */
public final class EmbeddedAggregateSystem extends SpringSystem implements OneToOneSystem {

	private final UserRepository users;

	private final HeldEntities<User> heldUsers = new HeldEntities<>(User::id);

	public EmbeddedAggregateSystem(CountingDataSource dataSource) {
		super(dataSource, EmbeddedApplication.class);
		this.users = bean(UserRepository.class);
	}

	@Override
	public void hold(long[] userIds, long[] profileIds) {
		this.heldUsers.load(userIds, this.users::findAllById);
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		return Objects.requireNonNull(this.users.save(new User(null, username, email, new Profile(null, bio))).id());
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		throw new UnsupportedOperationException("A profile inside a user's aggregate cannot move to another user");
	}

	@Override
	public void unsetProfile(long userId) {
		throw new UnsupportedOperationException("A profile inside a user's aggregate cannot exist without it");
	}

	@Override
	public void updateUsername(long userId, String username) {
		this.heldUsers.put(this.users.save(this.heldUsers.get(userId).withUsername(username)));
	}

	@Override
	public List<User> loadUsersWithProfiles(long[] userIds) {
		return this.users.findAllById(Arrays.stream(userIds).boxed().toList());
	}

	@Override
	public UserView view(Object loaded) {
		User user = (User) loaded;
		return new UserView(Objects.requireNonNull(user.id()), (user.profile() != null) ? user.profile().id() : null);
	}

}
