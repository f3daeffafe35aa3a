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

package io.github.associations.benchmarks.systems.hibernatetuned;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.associations.benchmarks.counting.CountingDataSource;
import io.github.associations.benchmarks.systems.OneToOneSystem;
import io.github.associations.benchmarks.systems.SpringSystem;
import io.github.associations.benchmarks.systems.UserView;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate tuned for a one-to-one: the owning side only, lazy, one join query to load
 * users with their profiles, JDBC batching, ordered inserts and updates, and connections
 * that start with auto-commit off so that Hibernate need not switch it.
 */
public final class TunedHibernateSystem extends SpringSystem implements OneToOneSystem {

	/**
	 * The Hibernate settings of the tuned system.
	 */
	public static final String[] PROPERTIES = { "spring.jpa.properties.hibernate.jdbc.batch_size=50",
			"spring.jpa.properties.hibernate.order_inserts=true", "spring.jpa.properties.hibernate.order_updates=true",
			"spring.jpa.properties.hibernate.default_batch_fetch_size=100",
			"spring.jpa.properties.hibernate.query.in_clause_parameter_padding=true",
			"spring.jpa.properties.hibernate.connection.provider_disables_autocommit=true" };

	private final UserRepository users;

	private final ProfileRepository profiles;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	/**
	 * Start the system; its pool's connections must start with auto-commit off.
	 * @param dataSource the data source
	 */
	public TunedHibernateSystem(CountingDataSource dataSource) {
		super(dataSource, TunedHibernateApplication.class, PROPERTIES);
		this.users = bean(UserRepository.class);
		this.profiles = bean(ProfileRepository.class);
		this.writes = transactions(false);
		this.reads = transactions(true);
	}

	@Override
	public long createUserWithProfile(String username, String email, String bio) {
		Long userId = this.writes.execute((status) -> {
			User user = this.users.save(new User(username, email));
			this.profiles.save(new Profile(bio, user));
			return user.getId();
		});
		return Objects.requireNonNull(userId);
	}

	@Override
	public void relinkProfile(long profileId, long userId) {
		this.writes.executeWithoutResult((status) -> {
			this.profiles.findByUserId(userId)
				.filter((previous) -> !Objects.equals(previous.getId(), profileId))
				.ifPresent((previous) -> {
					previous.setUser(null);
					this.profiles.flush();
				});
			this.profiles.findById(profileId).orElseThrow().setUser(this.users.getReferenceById(userId));
		});
	}

	@Override
	public void unsetProfile(long userId) {
		this.writes.executeWithoutResult(
				(status) -> this.profiles.findByUserId(userId).ifPresent((profile) -> profile.setUser(null)));
	}

	@Override
	public void updateUsername(long userId, String username) {
		this.writes.executeWithoutResult((status) -> this.users.findById(userId).orElseThrow().setUsername(username));
	}

	@Override
	public List<UserWithProfile> loadUsersWithProfiles(long[] userIds) {
		List<UserWithProfile> loaded = this.reads
			.execute((status) -> this.profiles.findUsersWithProfiles(Arrays.stream(userIds).boxed().toList()));
		return Objects.requireNonNull(loaded);
	}

	@Override
	public UserView view(Object loaded) {
		UserWithProfile user = (UserWithProfile) loaded;
		return new UserView(Objects.requireNonNull(user.user().getId()),
				(user.profile() != null) ? user.profile().getId() : null);
	}

}
