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

package io.github.associations.benchmarks.systems.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.github.associations.benchmarks.systems.UserView;
import org.jspecify.annotations.Nullable;

/**
 * A user with its profile as the hand-written systems read them.
 *
 * @param id the user's id
 * @param username the user's name
 * @param email the user's email
 * @param profile the user's profile, or {@code null}
 */
record UserRow(long id, String username, String email, @Nullable ProfileRow profile) {

	/**
	 * Read the current row of {@link OneToOneSql#LOAD}.
	 */
	static UserRow read(ResultSet row) throws SQLException {
		long profileId = row.getLong(4);
		ProfileRow profile = row.wasNull() ? null : new ProfileRow(profileId, row.getString(5));
		return new UserRow(row.getLong(1), row.getString(2), row.getString(3), profile);
	}

	UserView view() {
		return new UserView(this.id, (this.profile != null) ? this.profile.id() : null);
	}

	/**
	 * A profile.
	 *
	 * @param id the profile's id
	 * @param bio the profile's bio
	 */
	record ProfileRow(long id, String bio) {

	}

}
