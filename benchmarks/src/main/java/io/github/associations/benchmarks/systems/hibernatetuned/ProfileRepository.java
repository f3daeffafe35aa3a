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

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The profiles' repository, with a query by the foreign key and a join query for loading
 * users with their profiles.
 */
interface ProfileRepository extends JpaRepository<Profile, Long> {

	@Query("select p from Profile p where p.user.id = :userId")
	Optional<Profile> findByUserId(Long userId);

	@Query("select new io.github.associations.benchmarks.systems.hibernatetuned.UserWithProfile(u, p)"
			+ " from User u left join Profile p on p.user = u where u.id in :userIds")
	List<UserWithProfile> findUsersWithProfiles(Collection<Long> userIds);

}
