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

package io.github.associations.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.associations.schema.Association;
import io.github.associations.schema.Column;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import io.github.associations.schema.TableName;

/**
 * The model of a schema as a Mermaid {@code erDiagram}, which GitHub and most Markdown
 * viewers draw as a picture: one entity per table, with its key and foreign key columns,
 * and one relationship per foreign key, labelled with the associations declared on it.
 * <p>
 * A relationship's end at the referenced table is {@code ||} when the foreign key is
 * {@code NOT NULL} (exactly one) and {@code |o} when it is nullable (at most one); its
 * end at the table holding the foreign key is {@code o|} when the foreign key is unique
 * (one-to-one) and <code>o&#123;</code> otherwise (one-to-many). Deterministic: the same
 * schema gives the same text.
 */
public final class MermaidDiagram {

	private static final String INDENT = "    ";

	private MermaidDiagram() {
	}

	/**
	 * Render a schema.
	 * @param schema the schema
	 * @return the diagram's text, starting with {@code erDiagram}, ending with a newline
	 */
	public static String of(Schema schema) {
		StringBuilder text = new StringBuilder("erDiagram\n");
		for (Table table : schema.tables()) {
			entity(text, table);
		}
		for (Map.Entry<ForeignKey, List<Association>> entry : byForeignKey(schema).entrySet()) {
			relationship(text, entry.getKey(), entry.getValue());
		}
		return text.toString();
	}

	private static void entity(StringBuilder text, Table table) {
		List<String> foreignKeys = table.foreignKeys().stream().map(ForeignKey::column).toList();
		List<String> lines = new ArrayList<>();
		for (Column column : table.columns()) {
			List<String> keys = new ArrayList<>();
			if (table.primaryKey().columns().contains(column.name())) {
				keys.add("PK");
			}
			if (foreignKeys.contains(column.name())) {
				keys.add("FK");
				foreignKey(table, column.name()).filter(ForeignKey::unique).ifPresent((unique) -> keys.add("UK"));
			}
			if (!keys.isEmpty()) {
				lines.add(INDENT + INDENT + type(column.type()) + " " + column.name() + " " + String.join(", ", keys));
			}
		}
		text.append(INDENT).append(entityName(table.name())).append(" {\n");
		lines.forEach((line) -> text.append(line).append('\n'));
		text.append(INDENT).append("}\n");
	}

	private static Optional<ForeignKey> foreignKey(Table table, String column) {
		return table.foreignKeys().stream().filter((foreignKey) -> foreignKey.column().equals(column)).findFirst();
	}

	private static void relationship(StringBuilder text, ForeignKey foreignKey, List<Association> associations) {
		String referencedEnd = foreignKey.nullable() ? "|o" : "||";
		String holderEnd = foreignKey.unique() ? "o|" : "o{";
		String label = associations.stream().map(Association::qualifiedName).collect(Collectors.joining(", "));
		text.append(INDENT)
			.append(entityName(foreignKey.referencedTable()))
			.append(' ')
			.append(referencedEnd)
			.append("--")
			.append(holderEnd)
			.append(' ')
			.append(entityName(foreignKey.table()))
			.append(" : \"")
			.append(label)
			.append("\"\n");
	}

	private static Map<ForeignKey, List<Association>> byForeignKey(Schema schema) {
		Map<ForeignKey, List<Association>> byForeignKey = new LinkedHashMap<>();
		schema.tables()
			.stream()
			.flatMap((table) -> table.foreignKeys().stream())
			.forEach((foreignKey) -> byForeignKey.put(foreignKey, new ArrayList<>()));
		for (Association association : schema.associations()) {
			byForeignKey.computeIfAbsent(association.foreignKey(), (key) -> new ArrayList<>()).add(association);
			if (association.junction() != null) {
				byForeignKey.computeIfAbsent(association.junction().targetForeignKey(), (key) -> new ArrayList<>())
					.add(association);
			}
		}
		return byForeignKey;
	}

	/**
	 * Return a table's name as an entity name: Mermaid takes letters, digits, {@code _}
	 * and {@code -}, so a schema is joined with {@code __}.
	 */
	private static String entityName(TableName table) {
		return (table.schema() != null) ? table.schema() + "__" + table.name() : table.name();
	}

	/**
	 * Return a column type as one attribute type word, such as {@code varchar(40)} or
	 * {@code double_precision}.
	 */
	private static String type(String sqlType) {
		return sqlType.toLowerCase(Locale.ROOT).trim().replace(' ', '_').replace(',', '-');
	}

}
