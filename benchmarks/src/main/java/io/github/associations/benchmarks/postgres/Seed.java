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

package io.github.associations.benchmarks.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/**
 * Seeds the template database: the schema from the migration the starter generated for
 * the benchmark models, then the rows every trial starts from.
 */
public final class Seed {

	/**
	 * The posts of {@link SeedLayout}, numbered from 1 in the order of their users and
	 * each user's spare posts after its own. Post {@code n} has the title {@code post-n}.
	 */
	private static final String POSTS = "INSERT INTO \"posts\" (\"id\", \"title\", \"body\", \"author_id\")"
			+ " SELECT \"n\", 'post-' || \"n\", 'body of post-' || \"n\", \"author_id\" FROM (SELECT row_number()"
			+ " OVER (ORDER BY \"u\".\"id\", \"k\") AS \"n\", CASE WHEN \"k\" <= " + SeedLayout.WRITER_POSTS
			+ " THEN \"u\".\"id\" END AS \"author_id\" FROM \"users\" \"u\" CROSS JOIN generate_series(1, "
			+ (SeedLayout.WRITER_POSTS + SeedLayout.SPARE_POSTS) + ") AS \"k\" WHERE \"k\" <= CASE WHEN \"u\".\"id\" % "
			+ SeedLayout.WRITER_EVERY + " = 0 THEN " + (SeedLayout.WRITER_POSTS + SeedLayout.SPARE_POSTS) + " ELSE "
			+ SeedLayout.READER_POSTS + " END) AS \"numbered\"";

	/**
	 * The tags of the first posts, as {@link TagLayout} lays them out.
	 */
	private static final String TAGS_OF_POSTS = "INSERT INTO \"post_tags\" (\"post_id\", \"tag_id\") SELECT \"p\".\"id\", "
			+ TagLayout.tagSql("\"p\".\"id\"", "\"k\"") + " FROM (SELECT \"id\" FROM \"posts\" WHERE \"author_id\" % "
			+ SeedLayout.WRITER_EVERY + " <> 0 ORDER BY \"id\" LIMIT " + TagLayout.TAGGED_POSTS + ") AS \"p\""
			+ " CROSS JOIN generate_series(0, " + (TagLayout.SETTER_TAGS - 1) + ") AS \"k\" WHERE \"k\" < CASE"
			+ " WHEN \"p\".\"id\" % " + TagLayout.SETTER_EVERY + " = 0 THEN " + TagLayout.SETTER_TAGS + " ELSE "
			+ TagLayout.READER_TAGS + " END ORDER BY 1, 2";

	private final int users;

	/**
	 * Create a seed.
	 * @param users the number of users; every fifth one has no profile, and their posts
	 * follow {@link SeedLayout}
	 */
	public Seed(int users) {
		this.users = users;
	}

	/**
	 * Create and fill the template database on a server.
	 * @param port the server's port
	 */
	public void createTemplate(int port) {
		BenchmarkDatabase template = BenchmarkDatabase.template(port);
		template.administer("CREATE DATABASE \"" + BenchmarkDatabase.TEMPLATE + "\"");
		Flyway.configure()
			.dataSource(template.url(), "postgres", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();
		try (Connection connection = template.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO \"users\" (\"username\", \"email\") SELECT 'user-' || g, 'user-' || g"
					+ " || '@example.com' FROM generate_series(1, " + this.users + ") AS g");
			statement.execute("INSERT INTO \"profiles\" (\"bio\", \"user_id\") SELECT 'bio of user-' || \"id\","
					+ " \"id\" FROM \"users\" WHERE \"id\" % 5 <> 0 ORDER BY \"id\"");
			statement.execute(POSTS);
			statement
				.execute("SELECT setval(pg_get_serial_sequence('posts', 'id'), (SELECT max(\"id\") FROM \"posts\"))");
			statement.execute("INSERT INTO \"tags\" (\"id\", \"name\") SELECT g, 'tag-' || g FROM generate_series(1, "
					+ TagLayout.TAGS + ") AS g");
			statement.execute(TAGS_OF_POSTS);
			statement
				.execute("SELECT setval(pg_get_serial_sequence('tags', 'id'), (SELECT max(\"id\") FROM \"tags\"))");
			statement.execute("VACUUM (FREEZE, ANALYZE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not seed the template database: " + ex.getMessage(), ex);
		}
	}

}
