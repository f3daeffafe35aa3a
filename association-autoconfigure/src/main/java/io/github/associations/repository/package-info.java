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

/**
 * Association repositories: get, set, create and eager-load operations that run over JDBC
 * in Spring transactions.
 * <p>
 * Vocabulary: of the two models of a one-to-one association, the <em>holder</em> is the
 * one whose table holds the foreign key column (the target of a {@code hasOne}, the
 * source of a {@code belongsTo}); the <em>referenced</em> model is the other one, whose
 * key the foreign key holds. For {@code User.hasOne(Profile)}, {@code Profile} is the
 * holder and {@code User} the referenced model, whichever side a repository serves. A
 * <em>link</em> is a write of the foreign key; the <em>previous</em> holders of a key are
 * the rows that held it before a link.
 * <p>
 * Layout: an association kind is a value ({@code BoundAssociation}), a statement set
 * ({@code AssociationSql} writes, {@code AssociationQueries} reads), a repository
 * ({@code JdbcHasOneRepository}, {@code JdbcBelongsToRepository}) and what eager loading
 * needs of it ({@code EagerJoin}). Shared services ({@code Persistence}: transactions,
 * mapping, row reading, the insert with an extra column) are passed to each repository.
 */
@NullMarked
package io.github.associations.repository;

import org.jspecify.annotations.NullMarked;
