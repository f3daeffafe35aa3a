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

import java.lang.reflect.Field;

import io.github.associations.repository.As;
import io.github.associations.repository.Associations;
import io.github.associations.repository.BelongsToManyRepository;
import io.github.associations.repository.BelongsToRepository;
import io.github.associations.repository.HasManyRepository;
import io.github.associations.repository.HasOneRepository;
import io.github.associations.schema.Schema;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.jdbc.core.convert.DataAccessStrategy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the association repositories: one
 * {@link Associations} bean, and typed {@link HasOneRepository},
 * {@link HasManyRepository}, {@link BelongsToRepository} and
 * {@link BelongsToManyRepository} resolved where they are injected, from the injection
 * point's type arguments and its {@link As @As}. With an {@link ObservationRegistry}
 * bean, their operations and eager loads run inside observations.
 */
@AutoConfiguration(after = { AssociationsAutoConfiguration.class, DataJdbcRepositoriesAutoConfiguration.class })
@ConditionalOnClass(JdbcAggregateOperations.class)
@ConditionalOnBean({ Schema.class, JdbcAggregateOperations.class, JdbcConverter.class, DataAccessStrategy.class,
		NamedParameterJdbcOperations.class, PlatformTransactionManager.class, JdbcDialect.class })
public final class AssociationRepositoriesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Associations associations(Schema schema, JdbcAggregateOperations aggregates, NamedParameterJdbcOperations jdbc,
			JdbcConverter converter, DataAccessStrategy dataAccessStrategy,
			PlatformTransactionManager transactionManager, JdbcDialect dialect, ApplicationContext context,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		ConvertedAttributes.check(context, converter.getMappingContext());
		return new Associations(schema, aggregates, jdbc, converter, dataAccessStrategy, transactionManager, context,
				ApplicationEntityCallbacks.of(context), dialect, observationRegistry.getIfUnique());
	}

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	<S, T> HasOneRepository<S, T> hasOneRepository(InjectionPoint injectionPoint, Associations associations) {
		ResolvableType type = type(injectionPoint).as(HasOneRepository.class);
		return associations.hasOne(argument(type, 0, injectionPoint), argument(type, 1, injectionPoint),
				as(injectionPoint));
	}

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	<S, T> HasManyRepository<S, T> hasManyRepository(InjectionPoint injectionPoint, Associations associations) {
		ResolvableType type = type(injectionPoint).as(HasManyRepository.class);
		return associations.hasMany(argument(type, 0, injectionPoint), argument(type, 1, injectionPoint),
				as(injectionPoint));
	}

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	<S, T> BelongsToManyRepository<S, T> belongsToManyRepository(InjectionPoint injectionPoint,
			Associations associations) {
		ResolvableType type = type(injectionPoint).as(BelongsToManyRepository.class);
		return associations.belongsToMany(argument(type, 0, injectionPoint), argument(type, 1, injectionPoint),
				as(injectionPoint));
	}

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	<S, T> BelongsToRepository<S, T> belongsToRepository(InjectionPoint injectionPoint, Associations associations) {
		ResolvableType type = type(injectionPoint).as(BelongsToRepository.class);
		return associations.belongsTo(argument(type, 0, injectionPoint), argument(type, 1, injectionPoint),
				as(injectionPoint));
	}

	private static ResolvableType type(InjectionPoint injectionPoint) {
		Field field = injectionPoint.getField();
		if (field != null) {
			return ResolvableType.forField(field);
		}
		MethodParameter parameter = injectionPoint.getMethodParameter();
		if (parameter == null) {
			throw new IllegalStateException("Cannot resolve the repository type at " + injectionPoint);
		}
		return ResolvableType.forMethodParameter(parameter);
	}

	@SuppressWarnings("unchecked")
	private static <X> Class<X> argument(ResolvableType type, int index, InjectionPoint injectionPoint) {
		Class<?> argument = type.resolveGeneric(index);
		if (argument == null) {
			throw new IllegalStateException("Inject " + type + " with both type arguments, such as "
					+ "HasOneRepository<User, Profile>, at " + injectionPoint);
		}
		return (Class<X>) argument;
	}

	private static @Nullable String as(InjectionPoint injectionPoint) {
		As as = injectionPoint.getAnnotation(As.class);
		return (as != null) ? as.value() : null;
	}

}
