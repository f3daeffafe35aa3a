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

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * One {@code SELECT} that loads sources with the targets of their included associations:
 * a join per association, every column under a short alias ({@code c0}, {@code c1}, ...)
 * so that no alias reaches PostgreSQL's 63-byte limit, conditions and sort mapped by
 * Spring Data's {@link QueryMapper}, and each entity read from its own columns by Spring
 * Data's converter. Immutable once built: one select serves any number of executions,
 * also at the same time.
 */
final class EagerSelect {

	static final String IDS = "associations_ids";

	/**
	 * Column types whose own getter returns what {@code getObject} returns.
	 */
	private static final Map<String, Class<?>> READ_TYPES = Map.ofEntries(Map.entry("bigint", Long.class),
			Map.entry("int8", Long.class), Map.entry("integer", Integer.class), Map.entry("int", Integer.class),
			Map.entry("int4", Integer.class), Map.entry("text", String.class), Map.entry("varchar", String.class),
			Map.entry("character varying", String.class), Map.entry("boolean", Boolean.class),
			Map.entry("bool", Boolean.class), Map.entry("numeric", BigDecimal.class),
			Map.entry("decimal", BigDecimal.class), Map.entry("double precision", Double.class),
			Map.entry("float8", Double.class));

	private final Persistence persistence;

	private final Schema schema;

	private final Node root;

	private final List<Node> nodes = new ArrayList<>();

	private final MapSqlParameterSource criteriaParameters = new MapSqlParameterSource();

	private final Class<?> idType;

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
		this.nodes.forEach(Node::complete);
		this.idType = ClassUtils
			.resolvePrimitiveIfNecessary(persistence.entity(type).getRequiredIdProperty().getType());
	}

	String sql() {
		return this.sql;
	}

	/**
	 * Return the parameters of one execution: the values of the criteria and, for a query
	 * by ids, the ids.
	 * @param ids the ids, or {@code null} when the query is not by ids
	 * @return new parameters
	 */
	MapSqlParameterSource parameters(@Nullable List<Object> ids) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		for (String name : this.criteriaParameters.getParameterNames()) {
			parameters.addValue(name, this.criteriaParameters.getValue(name));
			int sqlType = this.criteriaParameters.getSqlType(name);
			if (sqlType != SqlParameterSource.TYPE_UNKNOWN) {
				parameters.registerSqlType(name, sqlType);
			}
			String typeName = this.criteriaParameters.getTypeName(name);
			if (typeName != null) {
				parameters.registerTypeName(name, typeName);
			}
		}
		if (ids != null) {
			parameters.addValue(IDS, BoundAssociation.array(ids, this.idType));
		}
		return parameters;
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
				node.columns.add(new ColumnRead(column.name(), index, readType(column.type())));
			}
		}
		SelectBuilder.SelectFromAndJoin from = Select.builder().select(columns).from(this.root.table);
		if (limit != null) {
			from = from.limitOffset(limit, offset);
		}
		SelectBuilder.SelectJoin joins = from;
		for (Node node : this.nodes.subList(1, this.nodes.size())) {
			joins = joins.join(node.table, node.innerJoined() ? Join.JoinType.JOIN : Join.JoinType.LEFT_OUTER_JOIN)
				.on(joinCondition(node));
		}
		QueryMapper mapper = new QueryMapper(this.persistence.converter());
		RelationalPersistentEntity<?> rootEntity = this.persistence.entity(this.root.type);
		Condition condition = null;
		if (where != null) {
			condition = mapper.getMappedObject(this.criteriaParameters, where, this.root.table, rootEntity);
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
		Condition filter = filter(node, node.table);
		if (filter != null) {
			condition = condition.and(filter);
		}
		for (Node child : node.children) {
			if (child.include.isRequired() && !child.innerJoined()) {
				condition = condition.and(withRequired(node, child));
			}
		}
		return condition;
	}

	/**
	 * Return the condition that a node's row has a row of a required child, for a node
	 * joined outer: an inner join of the child would filter the rows of every node above
	 * it, where a required include may only empty its parent's include, as
	 * {@code LEFT JOIN (parent JOIN child ON …) ON …} would. The child is then joined
	 * outer, and found whenever its parent is.
	 */
	private Condition withRequired(Node node, Node child) {
		Association via = Objects.requireNonNull(child.via);
		Table candidates = Table.create(child.name).as(SqlIdentifier.quoted(child.alias + "_required"));
		boolean hasOne = via.kind() == AssociationKind.HAS_ONE;
		String childColumn = hasOne ? via.foreignKey().column() : via.foreignKey().referencedColumn();
		String nodeColumn = hasOne ? via.foreignKey().referencedColumn() : via.foreignKey().column();
		SelectBuilder.SelectWhere select = Select.builder()
			.select(candidates.column(SqlIdentifier.quoted(childColumn)))
			.from(candidates);
		Condition filter = filter(child, candidates);
		Select rows = (filter != null) ? select.where(filter).build() : select.build();
		return Conditions.in(column(node, nodeColumn), rows);
	}

	private @Nullable Condition filter(Node node, Table table) {
		CriteriaDefinition where = node.include.criteria();
		return (where != null) ? new QueryMapper(this.persistence.converter()).getMappedObject(this.criteriaParameters,
				where, table, this.persistence.entity(node.type)) : null;
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
		ColumnRead id = node.id();
		Object idValue = id.read(row);
		if (idValue == null) {
			return null;
		}
		RowDocument document = new RowDocument(node.columns.size());
		for (ColumnRead column : node.columns) {
			document.put(column.name(), (column == id) ? idValue : column.read(row));
		}
		Object entity = this.persistence.afterConvert(this.persistence.converter().readAndResolve(node.type, document));
		if (node.children.isEmpty()) {
			return new Loaded<>(entity, Map.of(), node.included);
		}
		Map<String, Loaded<?>> targets = new HashMap<>(node.children.size() * 2);
		for (Node child : node.children) {
			Loaded<?> target = read(row, child);
			if (target != null) {
				targets.put(Objects.requireNonNull(child.via).as(), target);
			}
		}
		return new Loaded<>(entity, targets, node.included);
	}

	/**
	 * Return the key of the root entity of the current row, as the database returns it.
	 */
	Object rootKey(ResultSet row) throws SQLException {
		return Objects.requireNonNull(this.root.id().read(row));
	}

	/**
	 * Return the Java type the driver returns for a column type, read with its own getter
	 * instead of the slower {@code getObject}, or {@code null} to use {@code getObject}.
	 */
	private static @Nullable Class<?> readType(String sqlType) {
		String type = sqlType.toLowerCase(Locale.ROOT);
		int parenthesis = type.indexOf('(');
		return READ_TYPES.get((parenthesis < 0) ? type : type.substring(0, parenthesis).trim());
	}

	/**
	 * An entity of the query: the root or an included target.
	 */
	private static final class Node {

		private final Class<?> type;

		private final io.github.associations.schema.Table schemaTable;

		private final String alias;

		private final SqlIdentifier name;

		private final Table table;

		private final @Nullable Association via;

		private final Include include;

		private final @Nullable Node parent;

		private final List<Node> children = new ArrayList<>();

		private final List<ColumnRead> columns = new ArrayList<>();

		private final String idColumn;

		private Map<String, Class<?>> included = Map.of();

		private @Nullable ColumnRead id;

		Node(Class<?> type, io.github.associations.schema.Table schemaTable, String alias, @Nullable Association via,
				Include include, @Nullable Node parent) {
			this.type = type;
			this.schemaTable = schemaTable;
			this.alias = alias;
			TableName name = schemaTable.name();
			this.name = (name.schema() != null)
					? SqlIdentifier.from(SqlIdentifier.quoted(name.schema()), SqlIdentifier.quoted(name.name()))
					: SqlIdentifier.quoted(name.name());
			this.table = Table.create(this.name).as(SqlIdentifier.quoted(alias));
			this.via = via;
			this.include = include;
			this.parent = parent;
			this.idColumn = schemaTable.primaryKey().columns().get(0);
		}

		/**
		 * Record the node's included associations once its children are known.
		 */
		void complete() {
			Map<String, Class<?>> included = new LinkedHashMap<>();
			this.children.forEach((child) -> included.put(Objects.requireNonNull(child.via).as(), child.type));
			this.included = Map.copyOf(included);
			this.id = this.columns.stream()
				.filter((column) -> column.name().equals(this.idColumn))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(this.type.getSimpleName() + " selects no id column"));
		}

		/**
		 * Whether the node is joined inner: it is required, and so is every include above
		 * it, so that a missing row of it removes the root's row.
		 */
		boolean innerJoined() {
			return this.parent != null && this.include.isRequired()
					&& (this.parent.parent == null || this.parent.innerJoined());
		}

		ColumnRead id() {
			return Objects.requireNonNull(this.id, "The node is not complete");
		}

	}

	/**
	 * A column of the select: its name in the entity's row, its position in the result,
	 * and the type to read it as.
	 *
	 * @param name the column's name
	 * @param index its position, from 1
	 * @param type the type its getter returns, or {@code null} for {@code getObject}
	 */
	private record ColumnRead(String name, int index, @Nullable Class<?> type) {

		@Nullable Object read(ResultSet row) throws SQLException {
			return JdbcUtils.getResultSetValue(row, this.index, this.type);
		}

	}

}
