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

package io.github.associations.repository;

import java.util.List;
import java.util.stream.Collectors;

import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * Finds the associations and tables of a schema by what callers name: a source and an
 * association's name, or a kind with its source and target, with messages that list what
 * there is.
 */
final class AssociationLookup {

	private final Schema schema;

	AssociationLookup(Schema schema) {
		this.schema = schema;
	}

	Schema schema() {
		return this.schema;
	}

	/**
	 * Return a source's association by its name.
	 * @throws AssociationLookupException when the source has no such association
	 */
	Association named(Class<?> source, String as) {
		return this.schema.association(source, as)
			.orElseThrow(() -> new AssociationLookupException(
					source.getSimpleName() + " has no association named '" + as + "'; its associations are "
							+ names(source),
					"Use one of the names listed, or declare the association with as(\"" + as + "\") in the model "
							+ "definition of " + source.getSimpleName() + "."));
	}

	/**
	 * Return the association of a kind from a source to a target.
	 * @param as the association's name, or {@code null} when there is only one
	 * @throws AssociationLookupException when there is none, or several
	 */
	Association find(AssociationKind kind, Class<?> source, Class<?> target, @Nullable String as) {
		List<Association> candidates = this.schema.associations()
			.stream()
			.filter((association) -> association.kind() == kind && association.source() == source
					&& association.target() == target && (as == null || association.as().equals(as)))
			.toList();
		String described = source.getSimpleName() + "." + kind.method() + "(" + target.getSimpleName() + ")";
		if (candidates.isEmpty()) {
			String declaration = "ModelDefinition.of(" + source.getSimpleName() + ".class)." + kind.method() + "("
					+ target.getSimpleName() + ".class" + ((as != null) ? ", as(\"" + as + "\")" : "") + ")";
			throw new AssociationLookupException(
					"There is no " + described + ((as != null) ? " named '" + as + "'" : "") + "; the associations of "
							+ source.getSimpleName() + " are " + names(source),
					"Declare it in the model definitions, such as " + declaration + ", or ask for an association that "
							+ source.getSimpleName() + " has.");
		}
		if (candidates.size() > 1) {
			throw new AssociationLookupException(
					"There are several " + described + ": "
							+ candidates.stream().map(Association::as).collect(Collectors.joining(", "))
							+ "; name one with its as",
					"Name the one to use, with @As(\"" + candidates.get(0).as()
							+ "\") where it is injected, or with the as argument of the lookup.");
		}
		return candidates.get(0);
	}

	/**
	 * Return the table of a model.
	 * @throws IllegalArgumentException when the type is not a defined model
	 */
	Table table(Class<?> model) {
		return this.schema.tableOf(model.getSimpleName())
			.orElseThrow(() -> new IllegalArgumentException(model.getSimpleName() + " is not a defined model"));
	}

	private String names(Class<?> source) {
		List<String> names = this.schema.associations()
			.stream()
			.filter((association) -> association.source() == source)
			.map((association) -> association.as() + " (" + association.kind().method() + " "
					+ association.target().getSimpleName() + ")")
			.toList();
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

}
