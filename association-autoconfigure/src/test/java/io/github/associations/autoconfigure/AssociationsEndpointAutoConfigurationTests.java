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

package io.github.associations.autoconfigure;

import java.util.List;

import io.github.associations.actuate.AssociationsEndpoint;
import io.github.associations.model.ModelDefinition;
import io.github.associations.schema.Schema;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code associations} endpoint is configured as Spring Boot configures its own: only
 * when it is available, and never over an application's own.
 */
class AssociationsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(AssociationsAutoConfiguration.class, AssociationsEndpointAutoConfiguration.class))
		.withUserConfiguration(Models.class);

	@Test
	void anExposedEndpointDescribesTheModelsWithoutMigrations() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=associations")
			.run((context) -> {
				AssociationsEndpoint.AssociationsDescriptor descriptor = context.getBean(AssociationsEndpoint.class)
					.associations();
				assertThat(descriptor.models()).extracting(AssociationsEndpoint.ModelDescriptor::table)
					.containsExactly("notes");
				assertThat(descriptor.models()).extracting(AssociationsEndpoint.ModelDescriptor::type)
					.containsExactly(Note.class.getName());
				assertThat(descriptor.migrations().status()).isEqualTo("not configured");
				assertThat(descriptor.mermaid()).startsWith("erDiagram\n    notes {\n");
			});
	}

	@Test
	void aJunctionTableIsNoModelButTheJunctionOfItsAssociations() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AssociationsAutoConfiguration.class,
					AssociationsEndpointAutoConfiguration.class))
			.withUserConfiguration(LabelledNotes.class)
			.withPropertyValues("management.endpoints.web.exposure.include=associations")
			.run((context) -> {
				AssociationsEndpoint.AssociationsDescriptor descriptor = context.getBean(AssociationsEndpoint.class)
					.associations();
				assertThat(descriptor.models()).extracting(AssociationsEndpoint.ModelDescriptor::table)
					.containsExactly("labels", "notes");
				assertThat(descriptor.associations()).singleElement().satisfies((association) -> {
					assertThat(association.name()).isEqualTo("Note.labels");
					assertThat(association.kind()).isEqualTo("belongsToMany");
					assertThat(association.junction()).isEqualTo("labels_notes");
					assertThat(association.foreignKey().column()).isEqualTo("note_id");
					assertThat(association.foreignKey().onDelete()).isEqualTo("CASCADE");
				});
				assertThat(descriptor.mermaid()).contains("    labels_notes {\n");
			});
	}

	@Test
	void anEndpointThatIsNotExposedIsNotConfigured() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AssociationsEndpoint.class));
	}

	@Test
	void backsOffForTheApplicationsOwnEndpoint() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=associations")
			.withUserConfiguration(OwnEndpoint.class)
			.run((context) -> assertThat(context).getBean(AssociationsEndpoint.class)
				.isSameAs(context.getBean(OwnEndpoint.class).endpoint));
	}

	@Configuration(proxyBeanMethods = false)
	static class Models {

		@Bean
		ModelDefinition<Note> note() {
			return ModelDefinition.of(Note.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LabelledNotes {

		@Bean
		ModelDefinition<Note> labelledNote() {
			return ModelDefinition.of(Note.class).belongsToMany(Label.class);
		}

		@Bean
		ModelDefinition<Label> label() {
			return ModelDefinition.of(Label.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEndpoint {

		final AssociationsEndpoint endpoint = new AssociationsEndpoint(new Schema(List.of(), List.of()), List.of(),
				null, "off");

		@Bean
		AssociationsEndpoint ownAssociationsEndpoint() {
			return this.endpoint;
		}

	}

	@Table("notes")
	record Note(@Id Long id, String text) {
	}

	@Table("labels")
	record Label(@Id Long id, String name) {
	}

}
