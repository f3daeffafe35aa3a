/**
 * How statements spell the schema's identifiers in PostgreSQL, for the DDL renderer and
 * the repositories alike.
 */
@NullMarked
package io.github.associations.sql;

import org.jspecify.annotations.NullMarked;
