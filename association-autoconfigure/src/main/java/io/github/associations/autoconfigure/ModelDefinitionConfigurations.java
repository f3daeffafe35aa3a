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

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import io.github.associations.model.ModelDefinition;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Registers the configuration classes of the auto-configuration packages that declare
 * {@link ModelDefinition} beans and are not registered yet. Left out, as component
 * scanning in a test leaves them out: configuration classes that start an application of
 * their own ({@code @SpringBootConfiguration}, {@code @EnableAutoConfiguration},
 * {@code @ComponentScan}), test configurations, and classes nested in a test class.
 */
class ModelDefinitionConfigurations
		implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware, ResourceLoaderAware {

	private static final String TEST_CONFIGURATION = "org.springframework.boot.test.context.TestConfiguration";

	/**
	 * What makes a class a test, as Spring Boot's {@code TestTypeExcludeFilter} sees it:
	 * these on the class.
	 */
	private static final String[] TEST_CLASS_ANNOTATIONS = { "org.junit.runner.RunWith",
			"org.junit.jupiter.api.extension.ExtendWith", "org.junit.platform.commons.annotation.Testable" };

	/**
	 * ... or these on a method ({@code @Test}, {@code @ParameterizedTest},
	 * {@code @TestFactory} are {@code @Testable}).
	 */
	private static final String[] TEST_METHOD_ANNOTATIONS = { "org.junit.Test",
			"org.junit.platform.commons.annotation.Testable" };

	private BeanFactory beanFactory;

	private Environment environment;

	private ResourceLoader resourceLoader;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
		if (!AutoConfigurationPackages.has(this.beanFactory)) {
			return;
		}
		Set<String> registered = registeredClasses(registry);
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				this.environment);
		scanner.setResourceLoader(this.resourceLoader);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
		MetadataReaderFactory readers = new SimpleMetadataReaderFactory(this.resourceLoader);
		for (String basePackage : AutoConfigurationPackages.get(this.beanFactory)) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				AnnotationMetadata metadata = ((AnnotatedBeanDefinition) candidate).getMetadata();
				if (!registered.contains(metadata.getClassName()) && declaresModels(metadata)
						&& !startsAnApplication(metadata) && !isTestConfiguration(metadata, readers)) {
					registry.registerBeanDefinition(metadata.getClassName(), candidate);
				}
			}
		}
	}

	private static Set<String> registeredClasses(BeanDefinitionRegistry registry) {
		Set<String> classes = new HashSet<>();
		for (String name : registry.getBeanDefinitionNames()) {
			String className = registry.getBeanDefinition(name).getBeanClassName();
			if (className != null) {
				classes.add(className);
			}
		}
		return classes;
	}

	private static boolean declaresModels(AnnotationMetadata metadata) {
		return metadata.getAnnotatedMethods(Bean.class.getName())
			.stream()
			.anyMatch((method) -> method.getReturnTypeName().equals(ModelDefinition.class.getName()));
	}

	private static boolean startsAnApplication(AnnotationMetadata metadata) {
		return metadata.isAnnotated(SpringBootConfiguration.class.getName())
				|| metadata.isAnnotated(EnableAutoConfiguration.class.getName())
				|| metadata.isAnnotated(ComponentScan.class.getName());
	}

	private static boolean isTest(AnnotationMetadata metadata) {
		for (String annotation : TEST_CLASS_ANNOTATIONS) {
			if (metadata.isAnnotated(annotation)) {
				return true;
			}
		}
		for (String annotation : TEST_METHOD_ANNOTATIONS) {
			if (metadata.hasAnnotatedMethods(annotation)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTestConfiguration(AnnotationMetadata metadata, MetadataReaderFactory readers) {
		if (metadata.isAnnotated(TEST_CONFIGURATION)) {
			return true;
		}
		for (String enclosing = metadata.getEnclosingClassName(); enclosing != null;) {
			try {
				AnnotationMetadata enclosingMetadata = readers.getMetadataReader(enclosing).getAnnotationMetadata();
				if (isTest(enclosingMetadata)) {
					return true;
				}
				enclosing = enclosingMetadata.getEnclosingClassName();
			}
			catch (IOException ex) {
				return false;
			}
		}
		return false;
	}

}
