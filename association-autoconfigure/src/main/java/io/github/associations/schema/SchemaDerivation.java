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

package io.github.associations.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.associations.model.AssociationDefinition;
import io.github.associations.model.DeclaredModel;
import io.github.associations.model.InvalidModelException;
import io.github.associations.model.ModelDefinition;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.JdbcConfiguration;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Derives the schema from the model definitions in stages: read each model's table, check
 * and pair the associations, resolve their foreign keys, then assemble the tables. Each
 * stage reports all of its problems at once and stops the derivation.
 */
public final class SchemaDerivation {

	private static final Comparator<DeclaredModel> ORDER = Comparator
		.comparing((DeclaredModel model) -> model.definition().getName())
		.thenComparing((model) -> model.definition().getType().getName())
		.thenComparing(DeclaredModel::source);

	private SchemaDerivation() {
	}

	/**
	 * Derive the schema of an application's {@link ModelDefinition} beans, each named by
	 * its bean, naming tables and columns with the application's {@link NamingStrategy}
	 * bean, if any.
	 * @param beanFactory the application's bean factory
	 * @return the schema
	 * @throws InvalidModelException listing every problem of the stage that failed
	 */
	public static Schema derive(ListableBeanFactory beanFactory) {
		List<DeclaredModel> models = new ArrayList<>();
		for (String name : beanFactory.getBeanNamesForType(ModelDefinition.class)) {
			models.add(DeclaredModel.bean(name, beanFactory.getBean(name, ModelDefinition.class)));
		}
		return derive(models,
				beanFactory.getBeanProvider(NamingStrategy.class).getIfAvailable(() -> DefaultNamingStrategy.INSTANCE));
	}

	/**
	 * Derive the schema of model definitions, naming tables and columns as Spring Data
	 * JDBC does on PostgreSQL with the given naming strategy. Needs no database.
	 * @param models the model definitions and where they were declared
	 * @param namingStrategy the application's naming strategy
	 * @return the schema
	 * @throws InvalidModelException listing every problem of the stage that failed
	 */
	public static Schema derive(Collection<DeclaredModel> models, NamingStrategy namingStrategy) {
		return derive(models, mappingContext(namingStrategy));
	}

	/**
	 * Create a mapping context that names tables and columns as the application's
	 * {@code JdbcMappingContext} does on PostgreSQL, without touching the database.
	 * @param namingStrategy the application's naming strategy
	 * @return the mapping context
	 */
	static RelationalMappingContext mappingContext(NamingStrategy namingStrategy) {
		JdbcMappingContext context = JdbcMappingContext.forQuotedIdentifiers(namingStrategy);
		context.setSimpleTypeHolder(JdbcConfiguration.createCustomConversions(JdbcPostgresDialect.INSTANCE, List.of())
			.getSimpleTypeHolder());
		return context;
	}

	static Schema derive(Collection<DeclaredModel> declaredModels, RelationalMappingContext context) {
		List<DeclaredModel> models = declaredModels.stream().sorted(ORDER).toList();
		Problems problems = new Problems();
		checkModelsAreDistinct(models, problems);
		problems.throwIfAny();
		ModelTableReader reader = new ModelTableReader(context,
				models.stream().map((model) -> model.definition().getType()).collect(Collectors.toSet()), problems);
		Map<Class<?>, DeclaredModel> junctionModels = junctionModels(models);
		Map<Class<?>, ModelTable> tables = new LinkedHashMap<>();
		Map<Class<?>, ModelTable> junctionTables = new LinkedHashMap<>();
		for (DeclaredModel model : models) {
			Class<?> type = model.definition().getType();
			if (junctionModels.containsKey(type)) {
				junctionModels.put(type, model);
				continue;
			}
			ModelTable table = reader.read(model);
			if (table != null) {
				tables.put(type, table);
			}
		}
		junctionModels.forEach((type, model) -> {
			checkJunctionModel(model, problems);
			ModelTable table = reader.read(model, true);
			if (table != null) {
				junctionTables.put(type, table);
			}
		});
		checkTablesAreDistinct(tables.values(), problems);
		problems.throwIfAny();
		AssociationPairing pairing = new AssociationPairing(tables, problems);
		List<Declaration> declarations = pairing.declarations();
		problems.throwIfAny();
		List<Link> links = pairing.pair(declarations);
		problems.throwIfAny();
		List<ResolvedForeignKey> foreignKeys = new ForeignKeyResolver(problems).resolve(links);
		problems.throwIfAny();
		List<ResolvedJunction> junctions = new JunctionResolver(tables.values(), junctionTables, problems)
			.resolve(declarations);
		problems.throwIfAny();
		TableAssembler assembler = new TableAssembler(foreignKeys, problems);
		List<Table> schemaTables = Stream
			.concat(tables.values().stream().map(assembler::assemble), junctions.stream().map(ResolvedJunction::table))
			.sorted(Comparator.comparing(Table::name))
			.toList();
		problems.throwIfAny();
		List<Association> associations = Stream
			.concat(foreignKeys.stream().flatMap((foreignKey) -> foreignKey.associations().stream()),
					junctions.stream().flatMap((junction) -> junction.associations().stream()))
			.sorted(Comparator.comparing(Association::qualifiedName))
			.toList();
		return new Schema(schemaTables, associations, renames(tables.values(), junctions));
	}

	/**
	 * Return the junction models the belongsToMany declarations name, each declared as
	 * its own definition where the models declare one, else as the default definition.
	 */
	private static Map<Class<?>, DeclaredModel> junctionModels(List<DeclaredModel> models) {
		Map<Class<?>, DeclaredModel> junctionModels = new LinkedHashMap<>();
		for (DeclaredModel model : models) {
			for (AssociationDefinition association : model.definition().getAssociations()) {
				Class<?> junctionModel = association.throughModel();
				if (junctionModel != null) {
					junctionModels.putIfAbsent(junctionModel,
							new DeclaredModel(
									"through(" + junctionModel.getSimpleName() + ".class) in " + model.source(),
									ModelDefinition.of(junctionModel)));
				}
			}
		}
		return junctionModels;
	}

	private static void checkJunctionModel(DeclaredModel model, Problems problems) {
		ModelDefinition<?> definition = model.definition();
		if (!definition.getAssociations().isEmpty()) {
			problems.add(
					definition.getName() + ", declared in " + model.source()
							+ ", is a junction model, but declares associations",
					"Remove its associations: a junction model only holds the links of the belongsToMany "
							+ "through it and their columns.");
		}
		if (definition.isManagedElsewhere() || definition.getRenamedFrom() != null) {
			problems.add(
					definition.getName() + ", declared in " + model.source()
							+ ", is a junction model, which can be neither managed elsewhere nor renamed",
					"Remove managedElsewhere() and renamedFrom(...) from its definition.");
		}
	}

	/**
	 * Collect the renames the models declare, beside their tables, and those of the
	 * junctions named after renamed tables.
	 */
	private static Renames renames(Collection<ModelTable> tables, List<ResolvedJunction> junctions) {
		Map<TableName, String> renamedTables = new TreeMap<>();
		for (ResolvedJunction junction : junctions) {
			if (junction.renamedFrom() != null) {
				renamedTables.put(junction.table().name(), junction.renamedFrom());
			}
		}
		Map<TableName, Map<String, String>> renamedColumns = new TreeMap<>();
		for (ModelTable table : tables) {
			String renamedFrom = table.definition().getRenamedFrom();
			if (renamedFrom != null) {
				renamedTables.put(table.name(), renamedFrom);
			}
			for (MappedColumn column : table.columns()) {
				if (column.renamedFrom() != null) {
					renamedColumns.computeIfAbsent(table.name(), (name) -> new TreeMap<>())
						.put(column.name(), column.renamedFrom());
				}
			}
		}
		return new Renames(renamedTables, renamedColumns);
	}

	private static void checkModelsAreDistinct(List<DeclaredModel> models, Problems problems) {
		Map<String, List<DeclaredModel>> byName = new TreeMap<>();
		models.forEach((model) -> byName.computeIfAbsent(model.definition().getName(), (name) -> new ArrayList<>())
			.add(model));
		byName.forEach((name, named) -> {
			if (named.size() > 1) {
				boolean sameType = named.stream().map((model) -> model.definition().getType()).distinct().count() == 1;
				String sources = named.stream().map(DeclaredModel::source).collect(Collectors.joining(" and "));
				problems.add(
						sameType ? "Model " + name + " is defined more than once: in " + sources
								: "Several models are named " + name + ": in " + sources,
						sameType ? "Keep one ModelDefinition bean per entity."
								: "Give the entities distinct simple class names: the model name is the simple class name.");
			}
		});
	}

	private static void checkTablesAreDistinct(Collection<ModelTable> tables, Problems problems) {
		Map<TableName, List<ModelTable>> byTable = new TreeMap<>();
		tables.forEach((table) -> byTable.computeIfAbsent(table.name(), (name) -> new ArrayList<>()).add(table));
		byTable.forEach((name, models) -> {
			if (models.size() > 1) {
				problems.add(
						"Models " + models.stream().map(ModelTable::model).collect(Collectors.joining(" and "))
								+ " map to the same table " + name,
						"Map each model to a table of its own with @Table.");
			}
		});
	}

}
