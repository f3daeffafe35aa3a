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

package io.github.associations.benchmarks.systems.associations;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.HeldEntities;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.UserView;
import io.github.associations.repository.Associations;
import io.github.associations.repository.HasOneRepository;
import io.github.associations.repository.Linked;
import io.github.associations.repository.Loaded;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/**
 * The association repositories: {@code HasOneRepository<User, Profile>} for the
 * association's writes, eager loading for reads, and the users' Spring Data JDBC
 * repository for the users' own columns.
 */
public final class AssociationsSystem extends SpringSystem implements OneToOneSystem {

	private final HasOneRepository<User, Profile> profiles;

	private final Associations associations;

	private final UserRepository users;

	private final HeldEntities<User> heldUsers = new HeldEntities<>(User::id);

	private final HeldEntities<Profile> heldProfiles = new HeldEntities<>(Profile::id);

	/**
	 * Start the association repositories' application.
	 * @param dataSource the data source
	 * @param properties further properties, as {@code name=value}
	 */
	public AssociationsSystem(CountingDataSource dataSource, String... properties) {
		super(dataSource, AssociationsApplication.class, properties);
		this.associations = bean(Associations.class);
		this.profiles = this.associations.hasOne(User.class, Profile.class);
		this.users = bean(UserRepository.class);
	}

	@Override
	public void hold(long[] userIds, long[] profileIds) {
		JdbcAggregateOperations aggregates = bean(JdbcAggregateOperations.class);
		this.heldUsers.load(userIds, (ids) -> aggregates.findAllById(ids, User.class));
		this.heldProfiles.load(profileIds, (ids) -> aggregates.findAllById(ids, Profile.class));
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		Linked<User, Profile> linked = this.profiles.save(new User(null, username, email), new Profile(null, bio));
		return Objects.requireNonNull(linked.source().id());
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		this.profiles.set(this.heldUsers.get(userId), this.heldProfiles.get(profileId));
	}

	@Override
	public void unsetProfile(long userId) {
		this.profiles.set(this.heldUsers.get(userId), null);
	}

	@Override
	public void updateUsername(long userId, String username) {
		this.heldUsers.put(this.users.save(this.heldUsers.get(userId).withUsername(username)));
	}

	@Override
	public List<Loaded<User>> loadUsersWithProfiles(long[] userIds) {
		return this.associations.load(User.class).include("profile").byIds(Arrays.stream(userIds).boxed().toList());
	}

	@Override
	public UserView view(Object loaded) {
		@SuppressWarnings("unchecked")
		Loaded<User> user = (Loaded<User>) loaded;
		return new UserView(Objects.requireNonNull(user.entity().id()),
				user.get("profile", Profile.class).map(Profile::id).orElse(null));
	}

}
