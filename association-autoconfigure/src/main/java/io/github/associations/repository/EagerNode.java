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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.schema.Association;
import io.github.associations.sql.PostgresIdentifiers;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.data.relational.core.sql.Table;

/**
 * An entity of an eager select: the root or an included to-one target, with its table
 * alias, where its columns are in the rows, its included children, and the required
 * to-many includes that filter it.
 */
final class EagerNode {

	final Class<?> type;

	final io.github.associations.schema.Table schemaTable;

	final String alias;

	final SqlIdentifier name;

	final Table table;

	final @Nullable Association via;

	final Include include;

	final @Nullable EagerNode parent;

	final List<EagerNode> children = new ArrayList<>();

	final List<EagerNode> requiredToMany = new ArrayList<>();

	final List<ColumnRead> columns = new ArrayList<>();

	final String idColumn;

	EagerNode(Class<?> type, io.github.associations.schema.Table schemaTable, String alias, @Nullable Association via,
			Include include, @Nullable EagerNode parent) {
		this.type = type;
		this.schemaTable = schemaTable;
		this.alias = alias;
		this.name = PostgresIdentifiers.identifier(schemaTable.name());
		this.table = Table.create(this.name).as(SqlIdentifier.quoted(alias));
		this.via = via;
		this.include = include;
		this.parent = parent;
		this.idColumn = schemaTable.primaryKey().columns().get(0);
	}

	/**
	 * Return where the node and its children are in the rows, once every column is
	 * selected.
	 */
	EagerRows.Layout layout(EntityMapping mapping) {
		List<EagerRows.Child> children = new ArrayList<>();
		Map<String, Class<?>> included = new LinkedHashMap<>();
		for (EagerNode child : this.children) {
			String as = Objects.requireNonNull(child.via).as();
			children.add(new EagerRows.Child(as, child.layout(mapping)));
			included.put(as, child.type);
		}
		ColumnRead id = this.columns.stream()
			.filter((column) -> column.name().equals(this.idColumn))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(this.type.getSimpleName() + " selects no id column"));
		List<ColumnRead> columns = List.copyOf(this.columns);
		return new EagerRows.Layout(this.type, columns, id, List.copyOf(children),
				Collections.unmodifiableMap(included), mapping.directRead(this.type, columns),
				this.parent != null && this.include.includes().isEmpty());
	}

	/**
	 * Return the names of the included associations from the root to this node, empty for
	 * the root.
	 */
	List<String> includePath() {
		List<String> path = new ArrayList<>();
		for (EagerNode node = this; node.via != null; node = Objects.requireNonNull(node.parent)) {
			path.add(0, node.via.as());
		}
		return path;
	}

	/**
	 * Whether the node is joined inner: it is required, and so is every include above it,
	 * so that a missing row of it removes the root's row.
	 */
	boolean innerJoined() {
		return this.parent != null && this.include.isRequired()
				&& (this.parent.parent == null || this.parent.innerJoined());
	}

}
