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

package io.github.associations.benchmarks.systems.reference;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.UserView;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data JDBC with separate aggregates: the profile references its user with an
 * {@code AggregateReference}, and the one-to-one is the application's code over two
 * repositories, each operation in a {@code TransactionTemplate}. Saving a profile writes
 * all its columns.
 */
public final class AggregateReferenceSystem extends SpringSystem implements OneToOneSystem {

	private final UserRepository users;

	private final ProfileRepository profiles;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final HeldEntities<User> heldUsers = new HeldEntities<>(User::id);

	private final HeldEntities<Profile> heldProfiles = new HeldEntities<>(Profile::id);

	public AggregateReferenceSystem(CountingDataSource dataSource) {
		super(dataSource, ReferenceApplication.class);
		this.users = bean(UserRepository.class);
		this.profiles = bean(ProfileRepository.class);
		this.writes = transactions(false);
		this.reads = transactions(true);
	}

	@Override
	public void hold(long[] userIds, long[] profileIds) {
		this.heldUsers.load(userIds, this.users::findAllById);
		this.heldProfiles.load(profileIds, this.profiles::findAllById);
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		Long userId = this.writes.execute((status) -> {
			User user = this.users.save(new User(null, username, email));
			this.profiles.save(new Profile(null, bio, AggregateReference.to(Objects.requireNonNull(user.id()))));
			return user.id();
		});
		return Objects.requireNonNull(userId);
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		Profile profile = this.heldProfiles.get(profileId);
		Profile linked = this.writes.execute((status) -> {
			this.profiles.findByUser(AggregateReference.to(userId))
				.filter((previous) -> !Objects.equals(previous.id(), profileId))
				.ifPresent((previous) -> this.profiles.save(previous.withUser(null)));
			return this.profiles.save(profile.withUser(userId));
		});
		this.heldProfiles.put(Objects.requireNonNull(linked));
	}

	@Override
	public void unsetProfile(long userId) {
		this.writes.executeWithoutResult((status) -> this.profiles.findByUser(AggregateReference.to(userId))
			.ifPresent((profile) -> this.profiles.save(profile.withUser(null))));
	}

	@Override
	public void updateUsername(long userId, String username) {
		this.heldUsers.put(this.users.save(this.heldUsers.get(userId).withUsername(username)));
	}

	@Override
	public List<UserWithProfile> loadUsersWithProfiles(long[] userIds) {
		List<UserWithProfile> loaded = this.reads.execute((status) -> {
			List<Long> ids = Arrays.stream(userIds).boxed().toList();
			Map<Long, Profile> profilesByUser = new HashMap<>();
			for (Profile profile : this.profiles.findByUserIds(ids)) {
				profilesByUser.put(Objects.requireNonNull(profile.user()).getId(), profile);
			}
			return this.users.findAllById(ids)
				.stream()
				.map((user) -> new UserWithProfile(user, profilesByUser.get(user.id())))
				.toList();
		});
		return Objects.requireNonNull(loaded);
	}

	@Override
	public UserView view(Object loaded) {
		UserWithProfile user = (UserWithProfile) loaded;
		return new UserView(Objects.requireNonNull(user.user().id()),
				(user.profile() != null) ? user.profile().id() : null);
	}

}
