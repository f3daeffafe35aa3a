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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.associations.model.AssociationKind;
import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.schema.Association;
import io.github.associations.sql.PostgresIdentifiers;
import org.jspecify.annotations.Nullable;

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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.util.ClassUtils;

/**
 * One {@code SELECT} that loads sources with the targets of their included associations:
 * a join per association, every column under a short alias ({@code c0}, {@code c1}, ...)
 * so that no alias reaches PostgreSQL's 63-byte limit, conditions and sort mapped by
 * Spring Data's {@link QueryMapper}. It builds the SQL and says where each entity is in
 * the rows; {@link EagerRows} reads them. Immutable once built: one select serves any
 * number of executions, also at the same time.
 */
final class EagerSelect {

	static final String IDS = "associations_ids";

	private final EntityMapping mapping;

	private final AssociationLookup lookup;

	private final Node root;

	private final List<Node> nodes = new ArrayList<>();

	private final MapSqlParameterSource criteriaParameters = new MapSqlParameterSource();

	private final Class<?> idType;

	private final @Nullable ToManySelection toMany;

	private final String sql;

	private final EagerRows rows;

	/**
	 * Build the select of a request.
	 * @param request the request
	 * @param byIds whether the select is by ids, or by keys for a to-many include
	 * @param toMany what a to-many include selects by, or {@code null} for the sources of
	 * a query
	 * @param lookup the associations
	 * @param mapping the application's mapping
	 * @param dialect the application's dialect
	 */
	EagerSelect(EagerRequest request, boolean byIds, @Nullable ToManySelection toMany, AssociationLookup lookup,
			EntityMapping mapping, Dialect dialect) {
		this.mapping = mapping;
		this.lookup = lookup;
		this.toMany = toMany;
		Class<?> type = request.type();
		this.root = new Node(type, lookup.table(type), "t0", null, Include.optional(), null);
		this.nodes.add(this.root);
		request.includes().forEach((as, include) -> {
			Node child = node(this.lookup.named(type, as), include, this.root);
			if (child != null) {
				include.includes()
					.forEach((nestedAs, nested) -> node(this.lookup.named(child.type, nestedAs), nested, child));
			}
		});
		String select = SqlRenderer.create(new RenderContextFactory(dialect).createRenderContext())
			.render(select(request, byIds));
		this.rows = new EagerRows(this.root.layout());
		this.sql = (toMany != null) ? toMany.rank(select, this.root.columns, this.root.idColumn, mapping.entity(type))
				: select;
		this.idType = (toMany != null) ? toMany.keyType()
				: ClassUtils.resolvePrimitiveIfNecessary(mapping.entity(type).getRequiredIdProperty().getType());
	}

	String sql() {
		return this.sql;
	}

	/**
	 * Return where the entities are in the rows of this select.
	 */
	EagerRows rows() {
		return this.rows;
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
		if (this.toMany != null && this.toMany.limit() != null) {
			parameters.addValue(ToManySelection.LIMIT, this.toMany.limit());
		}
		return parameters;
	}

	/**
	 * Return the column of a to-many select's rows that holds the key of the source each
	 * row belongs to.
	 */
	ColumnRead keyColumn() {
		ToManySelection selectedBy = Objects.requireNonNull(this.toMany, "not a to-many select");
		return this.root.columns.stream()
			.filter((column) -> column.name().equals(selectedBy.keyColumn()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Add the node of an included association, or, for a to-many association, which a
	 * select of its own loads, note it when it is required.
	 * @return the node, or {@code null} for a to-many association
	 */
	private @Nullable Node node(Association via, Include include, Node parent) {
		if (via.kind() == AssociationKind.HAS_MANY) {
			if (include.isRequired()) {
				parent.requiredToMany.add(new Node(via.target(), this.lookup.table(via.target()),
						"t" + this.nodes.size() + "_many", via, include, parent));
			}
			return null;
		}
		Node node = new Node(via.target(), this.lookup.table(via.target()), "t" + this.nodes.size(), via, include,
				parent);
		this.nodes.add(node);
		parent.children.add(node);
		return node;
	}

	private Select select(EagerRequest request, boolean byIds) {
		List<Expression> columns = new ArrayList<>();
		int index = 0;
		for (Node node : this.nodes) {
			for (io.github.associations.schema.Column column : node.schemaTable.columns()) {
				String alias = "c" + index++;
				columns.add(node.table.column(SqlIdentifier.quoted(column.name())).as(SqlIdentifier.quoted(alias)));
				node.columns.add(new ColumnRead(column.name(), index, EagerRows.readType(column.type())));
			}
		}
		SelectBuilder.SelectFromAndJoin from = Select.builder().select(columns).from(this.root.table);
		if (request.limit() != null && this.toMany == null) {
			from = from.limitOffset(request.limit(), request.offset());
		}
		SelectBuilder.SelectJoin joins = from;
		for (Node node : this.nodes.subList(1, this.nodes.size())) {
			joins = joins.join(node.table, node.innerJoined() ? Join.JoinType.JOIN : Join.JoinType.LEFT_OUTER_JOIN)
				.on(joinCondition(node));
		}
		QueryMapper mapper = new QueryMapper(this.mapping.converter());
		RelationalPersistentEntity<?> rootEntity = this.mapping.entity(this.root.type);
		Condition condition = null;
		if (request.where() != null) {
			condition = mapper.getMappedObject(this.criteriaParameters, request.where(), this.root.table, rootEntity);
		}
		if (byIds) {
			String id = (this.toMany != null) ? this.toMany.keyColumn()
					: this.root.schemaTable.primaryKey().columns().get(0);
			Condition ids = Conditions.just(PostgresIdentifiers.quote(this.root.alias) + "."
					+ PostgresIdentifiers.quote(id) + " = ANY(:" + IDS + ")");
			condition = (condition != null) ? condition.and(ids) : ids;
		}
		for (Node required : this.root.requiredToMany) {
			Condition has = withRequired(this.root, required);
			condition = (condition != null) ? condition.and(has) : has;
		}
		SelectBuilder.SelectWhere selection = (SelectBuilder.SelectWhere) joins;
		SelectBuilder.SelectOrdered ordered = (condition != null) ? selection.where(condition) : selection;
		if (this.toMany != null) {
			return ordered.build();
		}
		return ordered.orderBy(mapper.getMappedSort(this.root.table, request.sort(), rootEntity)).build();
	}

	private Condition joinCondition(Node node) {
		EagerJoin join = EagerJoin.of(Objects.requireNonNull(node.via));
		Node parent = Objects.requireNonNull(node.parent);
		Condition condition = Conditions.isEqual(column(node, join.targetColumn()),
				column(parent, join.parentColumn()));
		Condition filter = filter(node, node.table);
		if (filter != null) {
			condition = condition.and(filter);
		}
		for (Node child : node.children) {
			if (child.include.isRequired() && !child.innerJoined()) {
				condition = condition.and(withRequired(node, child));
			}
		}
		for (Node required : node.requiredToMany) {
			condition = condition.and(withRequired(node, required));
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
		EagerJoin join = EagerJoin.of(Objects.requireNonNull(child.via));
		Table candidates = Table.create(child.name).as(SqlIdentifier.quoted(child.alias + "_required"));
		SelectBuilder.SelectWhere select = Select.builder()
			.select(candidates.column(SqlIdentifier.quoted(join.targetColumn())))
			.from(candidates);
		Condition filter = filter(child, candidates);
		Select rows = (filter != null) ? select.where(filter).build() : select.build();
		return Conditions.in(column(node, join.parentColumn()), rows);
	}

	private @Nullable Condition filter(Node node, Table table) {
		CriteriaDefinition where = node.include.criteria();
		return (where != null) ? new QueryMapper(this.mapping.converter()).getMappedObject(this.criteriaParameters,
				where, table, this.mapping.entity(node.type)) : null;
	}

	private static Column column(Node node, String name) {
		return node.table.column(SqlIdentifier.quoted(name));
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

		private final List<Node> requiredToMany = new ArrayList<>();

		private final List<ColumnRead> columns = new ArrayList<>();

		private final String idColumn;

		Node(Class<?> type, io.github.associations.schema.Table schemaTable, String alias, @Nullable Association via,
				Include include, @Nullable Node parent) {
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
		EagerRows.Layout layout() {
			Map<String, EagerRows.Layout> children = new LinkedHashMap<>();
			Map<String, Class<?>> included = new LinkedHashMap<>();
			for (Node child : this.children) {
				String as = Objects.requireNonNull(child.via).as();
				children.put(as, child.layout());
				included.put(as, child.type);
			}
			ColumnRead id = this.columns.stream()
				.filter((column) -> column.name().equals(this.idColumn))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(this.type.getSimpleName() + " selects no id column"));
			return new EagerRows.Layout(this.type, List.copyOf(this.columns), id, children, Map.copyOf(included));
		}

		/**
		 * Whether the node is joined inner: it is required, and so is every include above
		 * it, so that a missing row of it removes the root's row.
		 */
		boolean innerJoined() {
			return this.parent != null && this.include.isRequired()
					&& (this.parent.parent == null || this.parent.innerJoined());
		}

	}

}
