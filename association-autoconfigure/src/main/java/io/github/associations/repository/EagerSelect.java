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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.associations.model.AssociationKind;
import io.github.associations.schema.Association;
import io.github.associations.schema.Schema;
import io.github.associations.schema.TableName;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.convert.QueryMapper;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.RenderContextFactory;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.query.CriteriaDefinition;
import org.springframework.data.relational.core.sql.Column;
import org.springframework.data.relational.core.sql.Condition;
import org.springframework.data.relational.core.sql.Conditions;
import org.springframework.data.relational.core.sql.Expression;
import org.springframework.data.relational.core.sql.Join;
import org.springframework.data.relational.core.sql.Select;
import org.springframework.data.relational.core.sql.SelectBuilder;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.data.relational.core.sql.Table;
import org.springframework.data.relational.core.sql.render.SqlRenderer;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * One {@code SELECT} that loads sources with the targets of their included associations:
 * a join per association, every column under a short alias ({@code c0}, {@code c1}, ...)
 * so that no alias reaches PostgreSQL's 63-byte limit, conditions and sort mapped by
 * Spring Data's {@link QueryMapper}, and each entity read from its own columns by Spring
 * Data's converter.
 */
final class EagerSelect {

	static final String IDS = "associations_ids";

	private final Persistence persistence;

	private final Schema schema;

	private final Node root;

	private final List<Node> nodes = new ArrayList<>();

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	private final String sql;

	EagerSelect(Persistence persistence, Schema schema, Dialect dialect, Class<?> type, Map<String, Include> includes,
			@Nullable CriteriaDefinition where, boolean byIds, Sort sort, @Nullable Long limit, long offset) {
		this.persistence = persistence;
		this.schema = schema;
		this.root = node(type, null, Include.optional(), null);
		includes.forEach((as, include) -> {
			Node child = node(association(type, as).target(), association(type, as), include, this.root);
			include.includes()
				.forEach((nestedAs, nested) -> node(association(child.type, nestedAs).target(),
						association(child.type, nestedAs), nested, child));
		});
		this.sql = SqlRenderer.create(new RenderContextFactory(dialect).createRenderContext())
			.render(select(where, byIds, sort, limit, offset));
	}

	String sql() {
		return this.sql;
	}

	MapSqlParameterSource parameters() {
		return this.parameters;
	}

	private Association association(Class<?> source, String as) {
		return this.schema.association(source, as)
			.orElseThrow(() -> new IllegalArgumentException(
					source.getSimpleName() + " has no association named '" + as + "' to include"));
	}

	private Node node(Class<?> type, @Nullable Association via, Include include, @Nullable Node parent) {
		io.github.associations.schema.Table table = this.schema.tableOf(type.getSimpleName())
			.orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " is not a defined model"));
		Node node = new Node(type, table, "t" + this.nodes.size(), via, include, parent);
		this.nodes.add(node);
		if (parent != null) {
			parent.children.add(node);
		}
		return node;
	}

	private Select select(@Nullable CriteriaDefinition where, boolean byIds, Sort sort, @Nullable Long limit,
			long offset) {
		List<Expression> columns = new ArrayList<>();
		int index = 0;
		for (Node node : this.nodes) {
			for (io.github.associations.schema.Column column : node.schemaTable.columns()) {
				String alias = "c" + index++;
				columns.add(node.table.column(SqlIdentifier.quoted(column.name())).as(SqlIdentifier.quoted(alias)));
				node.columns.put(column.name(), index);
			}
		}
		SelectBuilder.SelectFromAndJoin from = Select.builder().select(columns).from(this.root.table);
		if (limit != null) {
			from = from.limitOffset(limit, offset);
		}
		SelectBuilder.SelectJoin joins = from;
		for (Node node : this.nodes.subList(1, this.nodes.size())) {
			joins = joins
				.join(node.table, node.include.isRequired() ? Join.JoinType.JOIN : Join.JoinType.LEFT_OUTER_JOIN)
				.on(joinCondition(node));
		}
		QueryMapper mapper = new QueryMapper(this.persistence.converter());
		RelationalPersistentEntity<?> rootEntity = this.persistence.entity(this.root.type);
		Condition condition = null;
		if (where != null) {
			condition = mapper.getMappedObject(this.parameters, where, this.root.table, rootEntity);
		}
		if (byIds) {
			String id = this.root.schemaTable.primaryKey().columns().get(0);
			Condition ids = Conditions
				.just(TableName.quote(this.root.alias) + "." + TableName.quote(id) + " = ANY(:" + IDS + ")");
			condition = (condition != null) ? condition.and(ids) : ids;
		}
		SelectBuilder.SelectWhere selection = (SelectBuilder.SelectWhere) joins;
		SelectBuilder.SelectOrdered ordered = (condition != null) ? selection.where(condition) : selection;
		return ordered.orderBy(mapper.getMappedSort(this.root.table, sort, rootEntity)).build();
	}

	private Condition joinCondition(Node node) {
		Association via = Objects.requireNonNull(node.via);
		Node parent = Objects.requireNonNull(node.parent);
		String foreignKey = via.foreignKey().column();
		String key = via.foreignKey().referencedColumn();
		Condition condition = (via.kind() == AssociationKind.HAS_ONE)
				? Conditions.isEqual(column(node, foreignKey), column(parent, key))
				: Conditions.isEqual(column(node, key), column(parent, foreignKey));
		CriteriaDefinition where = node.include.criteria();
		if (where != null) {
			condition = condition.and(new QueryMapper(this.persistence.converter()).getMappedObject(this.parameters,
					where, node.table, this.persistence.entity(node.type)));
		}
		return condition;
	}

	private static Column column(Node node, String name) {
		return node.table.column(SqlIdentifier.quoted(name));
	}

	/**
	 * Read the current row into the root entity and its included targets.
	 */
	Loaded<?> read(ResultSet row) throws SQLException {
		Loaded<?> loaded = read(row, this.root);
		if (loaded == null) {
			throw new IllegalStateException("The root entity of an eager query has no id");
		}
		return loaded;
	}

	private @Nullable Loaded<?> read(ResultSet row, Node node) throws SQLException {
		RowDocument document = new RowDocument();
		for (Map.Entry<String, Integer> column : node.columns.entrySet()) {
			document.put(column.getKey(), JdbcUtils.getResultSetValue(row, column.getValue()));
		}
		String id = node.schemaTable.primaryKey().columns().get(0);
		if (document.get(id) == null) {
			return null;
		}
		Object entity = this.persistence.afterConvert(this.persistence.converter().readAndResolve(node.type, document));
		Map<String, Loaded<?>> targets = new LinkedHashMap<>();
		Map<String, Class<?>> included = new LinkedHashMap<>();
		for (Node child : node.children) {
			String as = Objects.requireNonNull(child.via).as();
			included.put(as, child.type);
			Loaded<?> target = read(row, child);
			if (target != null) {
				targets.put(as, target);
			}
		}
		return new Loaded<>(entity, targets, included);
	}

	Object rootId(Loaded<?> loaded) {
		return this.persistence.id(loaded.entity());
	}

	/**
	 * An entity of the query: the root or an included target.
	 */
	private static final class Node {

		private final Class<?> type;

		private final io.github.associations.schema.Table schemaTable;

		private final String alias;

		private final Table table;

		private final @Nullable Association via;

		private final Include include;

		private final @Nullable Node parent;

		private final List<Node> children = new ArrayList<>();

		private final Map<String, Integer> columns = new LinkedHashMap<>();

		Node(Class<?> type, io.github.associations.schema.Table schemaTable, String alias, @Nullable Association via,
				Include include, @Nullable Node parent) {
			this.type = type;
			this.schemaTable = schemaTable;
			this.alias = alias;
			TableName name = schemaTable.name();
			SqlIdentifier identifier = (name.schema() != null)
					? SqlIdentifier.from(SqlIdentifier.quoted(name.schema()), SqlIdentifier.quoted(name.name()))
					: SqlIdentifier.quoted(name.name());
			this.table = Table.create(identifier).as(SqlIdentifier.quoted(alias));
			this.via = via;
			this.include = include;
			this.parent = parent;
		}

	}

}
