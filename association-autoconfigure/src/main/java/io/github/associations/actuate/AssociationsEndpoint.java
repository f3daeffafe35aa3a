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

package io.github.associations.actuate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.diagram.MermaidDiagram;
import io.github.associations.migration.Change;
import io.github.associations.migration.MigrationPlan;
import io.github.associations.migration.Migrations;
import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Association;
import io.github.associations.schema.ForeignKey;
import io.github.associations.schema.Schema;
import io.github.associations.schema.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code associations} actuator endpoint: the application's models, their
 * associations, the state of their migrations, and the model as a Mermaid
 * {@code erDiagram}.
 */
@Endpoint(id = "associations")
public class AssociationsEndpoint {

	private final Schema schema;

	private final Map<String, String> types;

	private final @Nullable Migrations migrations;

	private final String mode;

	/**
	 * Create the endpoint.
	 * @param schema the schema of the model definitions
	 * @param definitions the model definitions
	 * @param migrations the migrations of the schema, or {@code null} when they are not
	 * configured
	 * @param mode the migration mode at startup, such as {@code validate}
	 */
	public AssociationsEndpoint(Schema schema, Collection<? extends ModelDefinition<?>> definitions,
			@Nullable Migrations migrations, String mode) {
		this.schema = schema;
		this.types = new HashMap<>();
		definitions.forEach((definition) -> this.types.put(definition.getName(), definition.getType().getName()));
		this.migrations = migrations;
		this.mode = mode;
	}

	/**
	 * Describe the models, their associations and their migrations.
	 * @return the description
	 */
	@ReadOperation
	public AssociationsDescriptor associations() {
		List<ModelDescriptor> models = new ArrayList<>();
		for (Table table : this.schema.tables()) {
			String model = table.model();
			if (model != null) {
				models.add(new ModelDescriptor(model, this.types.get(model), table.name().toString(),
						table.primaryKey().columns()));
			}
		}
		List<AssociationDescriptor> associations = this.schema.associations()
			.stream()
			.map(AssociationsEndpoint::describe)
			.toList();
		return new AssociationsDescriptor(models, associations, migrations(), MermaidDiagram.of(this.schema));
	}

	private static AssociationDescriptor describe(Association association) {
		ForeignKey foreignKey = association.foreignKey();
		return new AssociationDescriptor(association.qualifiedName(), association.kind().method(),
				association.source().getName(), association.target().getName(),
				new ForeignKeyDescriptor(foreignKey.name(), foreignKey.table().toString(), foreignKey.column(),
						foreignKey.referencedTable() + "." + foreignKey.referencedColumn(),
						action(foreignKey.onDelete()), action(foreignKey.onUpdate()), foreignKey.unique(),
						foreignKey.nullable()),
				(association.junction() != null) ? association.junction().table().toString() : null);
	}

	private static String action(Enum<?> action) {
		return action.name().replace('_', ' ');
	}

	private MigrationsDescriptor migrations() {
		if (this.migrations == null) {
			return new MigrationsDescriptor(this.mode, null, "not configured", null, List.of(), null, List.of());
		}
		MigrationPlan plan = this.migrations.plan();
		String status = switch (plan.status()) {
			case UP_TO_DATE -> "current";
			case PENDING -> "pending";
			case BLOCKED -> "blocked by destructive changes";
			case INCONSISTENT -> "inconsistent with the snapshot";
		};
		boolean changes = plan.status() == MigrationPlan.Status.PENDING
				|| plan.status() == MigrationPlan.Status.BLOCKED;
		return new MigrationsDescriptor(this.mode, this.migrations.location(), status, plan.latest(),
				plan.changes().stream().map(Change::description).toList(), changes ? plan.ddl() : null,
				plan.problems());
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param models the models, by table name
	 * @param associations the declared associations, by name
	 * @param migrations the state of the migrations
	 * @param mermaid the model as a Mermaid {@code erDiagram}
	 */
	public record AssociationsDescriptor(List<ModelDescriptor> models, List<AssociationDescriptor> associations,
			MigrationsDescriptor migrations, String mermaid) implements OperationResponseBody {

	}

	/**
	 * A model.
	 *
	 * @param name the model's name
	 * @param type its entity class
	 * @param table its table, with its schema when it has one
	 * @param key the columns of its primary key
	 */
	public record ModelDescriptor(String name, @Nullable String type, String table, List<String> key) {

	}

	/**
	 * A declared association.
	 *
	 * @param name the association's name, qualified with its source, such as
	 * {@code User.profile}
	 * @param kind {@code hasOne}, {@code hasMany}, {@code belongsTo} or
	 * {@code belongsToMany}
	 * @param source the source's entity class
	 * @param target the target's entity class
	 * @param foreignKey the foreign key the association uses: for a many-to-many, the
	 * junction's foreign key to the source
	 * @param junction the junction table of a many-to-many association, or {@code null}
	 */
	public record AssociationDescriptor(String name, String kind, String source, String target,
			ForeignKeyDescriptor foreignKey, @Nullable String junction) {

	}

	/**
	 * A foreign key.
	 *
	 * @param name the constraint's name
	 * @param table the table holding the foreign key
	 * @param column the foreign key column
	 * @param references the referenced table and column, such as {@code users.id}
	 * @param onDelete the action on delete, such as {@code SET NULL}
	 * @param onUpdate the action on update, such as {@code CASCADE}
	 * @param unique whether the column is unique
	 * @param nullable whether the column accepts {@code NULL}
	 */
	public record ForeignKeyDescriptor(String name, String table, String column, String references, String onDelete,
			String onUpdate, boolean unique, boolean nullable) {

	}

	/**
	 * The state of the migrations.
	 *
	 * @param mode the migration mode at startup
	 * @param location the location of the generated migrations, or {@code null}
	 * @param status {@code current}, {@code pending}, {@code blocked by destructive
	 * changes}, {@code inconsistent with the snapshot} or {@code not configured}
	 * @param latest the last generated migration when current, or {@code null}
	 * @param changes the pending changes
	 * @param ddl the pending migration's statements, or {@code null}
	 * @param problems why the migrations disagree with their snapshot
	 */
	public record MigrationsDescriptor(String mode, @Nullable String location, String status, @Nullable String latest,
			List<String> changes, @Nullable String ddl, List<String> problems) {

	}

}
