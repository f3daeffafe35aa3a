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
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.associations.repository.EagerRows.ColumnRead;
import io.github.associations.schema.Association;
import io.github.associations.schema.Junction;
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

	static final String LIMIT = "associations_limit";

	static final String OFFSET = "associations_offset";

	private final EntityMapping mapping;

	private final AssociationLookup lookup;

	private final EagerNode root;

	private final List<EagerNode> nodes = new ArrayList<>();

	private final SelectCriteria criteria;

	private final Class<?> idType;

	private final @Nullable ToManySelection toMany;

	private boolean includesToMany;

	private @Nullable ColumnRead keyRead;

	private final List<ColumnRead> linkReads = new ArrayList<>();

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
		this.criteria = new SelectCriteria(mapping);
		Class<?> type = request.type();
		this.root = new EagerNode(type, lookup.table(type), "t0", null, Include.optional(), null);
		this.nodes.add(this.root);
		request.includes().forEach((as, include) -> {
			EagerNode child = node(this.lookup.named(type, as), include, this.root);
			if (child != null) {
				include.includes()
					.forEach((nestedAs, nested) -> node(this.lookup.named(child.type, nestedAs), nested, child));
			}
		});
		String select = SqlRenderer.create(new RenderContextFactory(dialect).createRenderContext())
			.render(select(request, byIds)) + page(request, toMany);
		this.rows = new EagerRows(this.root.layout(mapping));
		this.sql = (toMany != null) ? toMany.order(select, keyColumn(), this.root.columns, this.linkReads,
				this.root.idColumn, mapping.entity(type), linkEntity(toMany, mapping)) : select;
		this.idType = (toMany != null) ? toMany.keyType()
				: ClassUtils.resolvePrimitiveIfNecessary(mapping.entity(type).getRequiredIdProperty().getType());
	}

	private static @Nullable RelationalPersistentEntity<?> linkEntity(ToManySelection toMany, EntityMapping mapping) {
		Junction junction = toMany.junction();
		return (junction != null && junction.model() != null) ? mapping.entity(junction.model()) : null;
	}

	String sql() {
		return this.sql;
	}

	/**
	 * Return whether the request includes to-many associations, which selects of their
	 * own load.
	 */
	boolean includesToMany() {
		return this.includesToMany;
	}

	/**
	 * Return where the entities are in the rows of this select.
	 */
	EagerRows rows() {
		return this.rows;
	}

	/**
	 * Return the criteria of the select, to end their build or bind a request's values.
	 */
	SelectCriteria criteria() {
		return this.criteria;
	}

	/**
	 * Return the parameters of one execution: the values of the criteria and, for a query
	 * by ids, the ids.
	 * @param parameters the values of the request's criteria, from {@link #criteria}
	 * @param ids the ids, or {@code null} when the query is not by ids
	 * @return the parameters, with the others added
	 */
	MapSqlParameterSource parameters(MapSqlParameterSource parameters, @Nullable List<Object> ids, EagerRequest request,
			@Nullable Integer perSourceLimit) {
		if (ids != null) {
			parameters.addValue(IDS, BoundAssociation.array(ids, this.idType));
		}
		if (this.toMany != null && this.toMany.limited()) {
			parameters.addValue(ToManySelection.LIMIT, Objects.requireNonNull(perSourceLimit));
		}
		if (this.toMany == null && (request.limit() != null || request.offset() > 0)) {
			parameters.addValue(LIMIT, request.limit());
			parameters.addValue(OFFSET, request.offset());
		}
		return parameters;
	}

	/**
	 * Return the column of a to-many select's rows that holds the key of the source each
	 * row belongs to.
	 */
	ColumnRead keyColumn() {
		return Objects.requireNonNull(this.keyRead, "not a to-many select");
	}

	/**
	 * Return whether a row's entity may be on other rows too, for other sources: a target
	 * linked with several sources through a junction table.
	 */
	boolean repeatsEntities() {
		return this.toMany != null && this.toMany.junction() != null;
	}

	/**
	 * Return the limit and offset of the sources, as parameters, so that one select
	 * serves every page.
	 */
	private static String page(EagerRequest request, @Nullable ToManySelection toMany) {
		if (toMany != null) {
			return "";
		}
		if (request.limit() != null) {
			return " LIMIT :" + LIMIT + " OFFSET :" + OFFSET;
		}
		return (request.offset() > 0) ? " OFFSET :" + OFFSET : "";
	}

	/**
	 * Add the node of an included association, or, for a to-many association, which a
	 * select of its own loads, note it when it is required.
	 * @return the node, or {@code null} for a to-many association
	 */
	private @Nullable EagerNode node(Association via, Include include, EagerNode parent) {
		if (via.kind().isToMany()) {
			this.includesToMany = true;
			if (include.isRequired()) {
				parent.requiredToMany.add(new EagerNode(via.target(), this.lookup.table(via.target()),
						"t" + this.nodes.size() + "_many", via, include, parent));
			}
			return null;
		}
		EagerNode node = new EagerNode(via.target(), this.lookup.table(via.target()), "t" + this.nodes.size(), via,
				include, parent);
		this.nodes.add(node);
		parent.children.add(node);
		return node;
	}

	/**
	 * Return the columns of a node's table to select: all of them, except those its
	 * entity does not map where a {@link DirectRead} reads it (and the converter, for the
	 * rows a direct read leaves to it, reads its properties' columns alone), such as the
	 * foreign key of a target that does not map it. The id, and the key of the targets of
	 * a to-many include, are always selected.
	 */
	private List<io.github.associations.schema.Column> selected(EagerNode node) {
		List<io.github.associations.schema.Column> columns = node.schemaTable.columns();
		DirectRead direct = DirectRead.of(this.mapping, node.type,
				columns.stream().map((column) -> new ColumnRead(column.name(), 0, null)).toList());
		if (direct == null) {
			return columns;
		}
		String key = (node == this.root && this.toMany != null && this.toMany.junction() == null)
				? this.toMany.keyColumn() : null;
		List<io.github.associations.schema.Column> selected = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String name = columns.get(i).name();
			if (direct.reads(i) || name.equals(node.idColumn) || name.equals(key)) {
				selected.add(columns.get(i));
			}
		}
		return selected;
	}

	private Select select(EagerRequest request, boolean byIds) {
		List<Expression> columns = new ArrayList<>();
		int index = 0;
		for (EagerNode node : this.nodes) {
			for (io.github.associations.schema.Column column : selected(node)) {
				String alias = "c" + index++;
				columns.add(node.table.column(SqlIdentifier.quoted(column.name())).as(SqlIdentifier.quoted(alias)));
				node.columns.add(new ColumnRead(column.name(), index, EagerRows.readType(column.type())));
			}
		}
		Junction junction = (this.toMany != null) ? this.toMany.junction() : null;
		Table links = (junction != null) ? links(junction, this.root.alias) : null;
		if (this.toMany != null) {
			this.keyRead = (links != null) ? keyRead(columns, links, junction)
					: this.root.columns.stream()
						.filter((column) -> column.name().equals(this.toMany.keyColumn()))
						.findFirst()
						.orElseThrow();
		}
		SelectBuilder.SelectFromAndJoin from = Select.builder().select(columns).from(this.root.table);
		SelectBuilder.SelectJoin joins = from;
		if (links != null) {
			joins = joins.join(links, Join.JoinType.JOIN)
				.on(Conditions.isEqual(links.column(SqlIdentifier.quoted(junction.targetColumn())),
						column(this.root, junction.targetKeyColumn())));
		}
		for (EagerNode node : this.nodes.subList(1, this.nodes.size())) {
			joins = joins.join(node.table, node.innerJoined() ? Join.JoinType.JOIN : Join.JoinType.LEFT_OUTER_JOIN)
				.on(joinCondition(node));
		}
		RelationalPersistentEntity<?> rootEntity = this.mapping.entity(this.root.type);
		Condition condition = filter(this.root, this.root.table, request.where());
		if (byIds) {
			String id = (this.toMany != null) ? this.toMany.keyColumn()
					: this.root.schemaTable.primaryKey().columns().get(0);
			String table = (links != null) ? linksAlias(this.root.alias) : this.root.alias;
			Condition ids = Conditions
				.just(PostgresIdentifiers.quote(table) + "." + PostgresIdentifiers.quote(id) + " = ANY(:" + IDS + ")");
			condition = (condition != null) ? condition.and(ids) : ids;
		}
		for (EagerNode required : this.root.requiredToMany) {
			Condition has = withRequired(this.root, required);
			condition = (condition != null) ? condition.and(has) : has;
		}
		SelectBuilder.SelectWhere selection = (SelectBuilder.SelectWhere) joins;
		SelectBuilder.SelectOrdered ordered = (condition != null) ? selection.where(condition) : selection;
		if (this.toMany != null) {
			return ordered.build();
		}
		return ordered.orderBy(this.criteria.queryMapper().getMappedSort(this.root.table, request.sort(), rootEntity))
			.build();
	}

	/**
	 * Return the junction table of a node's association, aliased after the node.
	 */
	private static Table links(Junction junction, String alias) {
		return Table.create(PostgresIdentifiers.identifier(junction.table()))
			.as(SqlIdentifier.quoted(linksAlias(alias)));
	}

	private static String linksAlias(String alias) {
		return alias + "_links";
	}

	/**
	 * Select the junction's source column after the other columns, and return how to read
	 * it.
	 */
	private ColumnRead keyRead(List<Expression> columns, Table links, Junction junction) {
		io.github.associations.schema.Table table = this.lookup.schema()
			.table(junction.table())
			.orElseThrow(() -> new IllegalStateException(junction + " is not in the schema"));
		ColumnRead key = select(columns, links, table.column(junction.sourceColumn()).orElseThrow());
		if (junction.model() != null) {
			table.columns().forEach((column) -> this.linkReads.add(select(columns, links, column)));
		}
		return key;
	}

	private static ColumnRead select(List<Expression> columns, Table links,
			io.github.associations.schema.Column column) {
		String alias = "c" + columns.size();
		columns.add(links.column(SqlIdentifier.quoted(column.name())).as(SqlIdentifier.quoted(alias)));
		return new ColumnRead(column.name(), columns.size(), EagerRows.readType(column.type()));
	}

	/**
	 * Return the selected columns of the junction's rows, when a junction model maps
	 * them: each target's link.
	 */
	List<ColumnRead> linkColumns() {
		return this.linkReads;
	}

	private Condition joinCondition(EagerNode node) {
		EagerJoin join = EagerJoin.of(Objects.requireNonNull(node.via));
		EagerNode parent = Objects.requireNonNull(node.parent);
		Condition condition = Conditions.isEqual(column(node, join.targetColumn()),
				column(parent, join.parentColumn()));
		Condition filter = filter(node, node.table, node.include.criteria());
		if (filter != null) {
			condition = condition.and(filter);
		}
		for (EagerNode child : node.children) {
			if (child.include.isRequired() && !child.innerJoined()) {
				condition = condition.and(withRequired(node, child));
			}
		}
		for (EagerNode required : node.requiredToMany) {
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
	private Condition withRequired(EagerNode node, EagerNode child) {
		Association via = Objects.requireNonNull(child.via);
		EagerJoin join = EagerJoin.of(via);
		Table candidates = Table.create(child.name).as(SqlIdentifier.quoted(child.alias + "_required"));
		Junction junction = join.junction();
		SelectBuilder.SelectJoin select;
		if (junction != null) {
			Table links = links(junction, child.alias + "_required");
			select = Select.builder()
				.select(links.column(SqlIdentifier.quoted(junction.sourceColumn())))
				.from(links)
				.join(candidates, Join.JoinType.JOIN)
				.on(Conditions.isEqual(candidates.column(SqlIdentifier.quoted(join.targetColumn())),
						links.column(SqlIdentifier.quoted(junction.targetColumn()))));
		}
		else {
			select = Select.builder()
				.select(candidates.column(SqlIdentifier.quoted(join.targetColumn())))
				.from(candidates);
		}
		if (via.kind().isToMany()) {
			select = withRequiredTargets(select, child, candidates);
		}
		Condition filter = filter(child, candidates, child.include.criteria());
		SelectBuilder.SelectWhere where = (SelectBuilder.SelectWhere) select;
		Select rows = (filter != null) ? where.where(filter).build() : where.build();
		return Conditions.in(column(node, join.parentColumn()), rows);
	}

	/**
	 * Join, into the candidates of a required to-many include, the targets of its own
	 * required to-one includes: a source qualifies only through a target that has them,
	 * as the to-many include's own select will require.
	 */
	private SelectBuilder.SelectJoin withRequiredTargets(SelectBuilder.SelectJoin select, EagerNode toMany,
			Table candidates) {
		SelectBuilder.SelectJoin joined = select;
		int index = 0;
		for (Map.Entry<String, Include> nested : toMany.include.includes().entrySet()) {
			Association association = this.lookup.named(toMany.type, nested.getKey());
			if (!nested.getValue().isRequired() || association.kind().isToMany()) {
				continue;
			}
			EagerNode target = new EagerNode(association.target(), this.lookup.table(association.target()),
					toMany.alias + "_required_" + index++, association, nested.getValue(), toMany);
			EagerJoin join = EagerJoin.of(association);
			Condition on = Conditions.isEqual(target.table.column(SqlIdentifier.quoted(join.targetColumn())),
					candidates.column(SqlIdentifier.quoted(join.parentColumn())));
			Condition filter = filter(target, target.table, target.include.criteria());
			joined = joined.join(target.table, Join.JoinType.JOIN).on((filter != null) ? on.and(filter) : on);
		}
		return joined;
	}

	/**
	 * Map the criteria of a node, of the request for the root, of its include for any
	 * other, noting where they come from so that each execution maps its own.
	 */
	private @Nullable Condition filter(EagerNode node, Table table, @Nullable CriteriaDefinition where) {
		if (where == null) {
			return null;
		}
		return this.criteria.map(node.includePath(), node.type, table, where);
	}

	private static Column column(EagerNode node, String name) {
		return node.table.column(SqlIdentifier.quoted(name));
	}

}
