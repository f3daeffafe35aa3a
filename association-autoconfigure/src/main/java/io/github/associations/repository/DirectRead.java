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

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.associations.repository.EagerRows.ColumnRead;
import org.jspecify.annotations.Nullable;

import org.springframework.core.KotlinDetector;
import org.springframework.core.NativeDetector;
import org.springframework.data.convert.CustomConversions;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.convert.MappingJdbcConverter;
import org.springframework.data.mapping.InstanceCreatorMetadata;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.PreferredConstructor;
import org.springframework.data.mapping.model.EntityInstantiator;
import org.springframework.data.mapping.model.MappingInstantiationException;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.util.ClassUtils;

/**
 * Reads an entity straight from the values of its columns, as Spring Data's converter
 * would, without the converter's per-row document and per-property lookups: for an entity
 * whose persistent properties are all simple values read from its own columns (no
 * embedded values, entities, collections, maps, aggregate references or value
 * expressions). Built once per entity type and column layout.
 * <p>
 * Each value goes through the converter's {@code readValue}, the conversion its own
 * reading applies to a simple value, unless it is an instance of its property's type
 * without a custom read conversion from its class, where the converter returns it as it
 * is too. A row the direct read cannot reproduce exactly (a {@code null} for a primitive
 * or for a property set after construction) is left to the converter, and so is every
 * entity when the application's converter is not Spring Data JDBC's own
 * {@link MappingJdbcConverter}, whose reading a subclass may change.
 * <p>
 * The rules follow {@code MappingRelationalConverter#readProperties} and
 * {@code MappingJdbcConverter#readValue}: compare them at every upgrade of Spring Data
 * JDBC.
 */
final class DirectRead {

	private final RelationalPersistentEntity<?> entity;

	private final EntityInstantiator instantiator;

	private final MappingJdbcConverter converter;

	private final CustomConversions conversions;

	private final Slot[] slots;

	private final Map<String, Integer> parameters;

	private final @Nullable Constructor<?> constructor;

	private final int[] arguments;

	private final boolean valuesAreArguments;

	private final int[] populated;

	private final RelationalPersistentProperty[] populatedProperties;

	private final int[] required;

	private DirectRead(RelationalPersistentEntity<?> entity, MappingJdbcConverter converter,
			CustomConversions conversions, Slot[] slots, Map<String, Integer> parameters, int[] arguments,
			int[] populated) {
		this.entity = entity;
		this.instantiator = converter.getEntityInstantiators().getInstantiatorFor(entity);
		this.converter = converter;
		this.conversions = conversions;
		this.slots = slots;
		this.parameters = parameters;
		this.constructor = constructor(entity);
		this.arguments = arguments;
		this.valuesAreArguments = inOrder(arguments, slots.length);
		this.populated = populated;
		this.populatedProperties = new RelationalPersistentProperty[populated.length];
		for (int i = 0; i < populated.length; i++) {
			this.populatedProperties[i] = slots[populated[i]].property;
		}
		this.required = required(slots, populated);
	}

	/**
	 * Return a direct read of an entity from its columns, or {@code null} when the entity
	 * has a property it cannot read, which leaves every row to the converter. Use
	 * {@link EntityMapping#directRead}, which builds each one once.
	 * @param mapping the mapping
	 * @param type the entity's type
	 * @param columns the entity's columns, in the order of the values
	 * @return the read, or {@code null}
	 */
	static @Nullable DirectRead of(EntityMapping mapping, Class<?> type, List<ColumnRead> columns) {
		JdbcConverter jdbcConverter = mapping.converter();
		if (jdbcConverter.getClass() != MappingJdbcConverter.class) {
			return null;
		}
		MappingJdbcConverter converter = (MappingJdbcConverter) jdbcConverter;
		CustomConversions conversions = converter.getConversions();
		RelationalPersistentEntity<?> entity = mapping.entity(type);
		if (conversions.hasCustomReadTarget(RowDocument.class, type)) {
			return null;
		}
		Slot[] slots = new Slot[columns.size()];
		Map<RelationalPersistentProperty, Integer> positions = new HashMap<>();
		for (RelationalPersistentProperty property : entity) {
			if (!readable(property, conversions)) {
				return null;
			}
			int index = indexOf(columns, property.getColumnName().getReference());
			if (index < 0 || slots[index] != null) {
				return null;
			}
			slots[index] = new Slot(property);
			positions.put(property, index);
		}
		Map<String, Integer> parameters = new HashMap<>();
		List<Integer> arguments = new ArrayList<>();
		InstanceCreatorMetadata<RelationalPersistentProperty> creator = entity.getInstanceCreatorMetadata();
		if (creator != null) {
			for (Parameter<?, RelationalPersistentProperty> parameter : creator.getParameters()) {
				String name = parameter.getName();
				RelationalPersistentProperty property = (name != null) ? entity.getPersistentProperty(name) : null;
				if (property == null || parameter.hasValueExpression() || parameter.isTransient()
						|| !parameter.getType().equals(property.getTypeInformation())) {
					return null;
				}
				parameters.put(name, positions.get(property));
				arguments.add(positions.get(property));
			}
		}
		List<Integer> populated = new ArrayList<>();
		if (entity.requiresPropertyPopulation()) {
			for (int i = 0; i < slots.length; i++) {
				if (slots[i] != null && !entity.isCreatorArgument(slots[i].property)) {
					populated.add(i);
				}
			}
		}
		return new DirectRead(entity, converter, conversions, slots, Map.copyOf(parameters),
				arguments.stream().mapToInt(Integer::intValue).toArray(),
				populated.stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * Return whether the read reads a column into a property.
	 * @param column the column's position in the columns the read was built for, from 0
	 */
	boolean reads(int column) {
		return this.slots[column] != null;
	}

	/**
	 * Return the positions of the columns whose {@code null} the converter reads
	 * otherwise than this read would: those of primitives, and those of properties set
	 * after construction, which the converter leaves unset.
	 */
	private static int[] required(Slot[] slots, int[] populated) {
		return IntStream.range(0, slots.length)
			.filter((i) -> slots[i] != null
					&& (slots[i].primitive || Arrays.stream(populated).anyMatch((index) -> index == i)))
			.toArray();
	}

	/**
	 * Return whether the constructor's arguments are the values of all the columns, in
	 * their order.
	 */
	private static boolean inOrder(int[] arguments, int columns) {
		if (arguments.length != columns) {
			return false;
		}
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] != i) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Return the constructor that Spring Data's instantiator would call with the values
	 * of the creator's parameters, in their order, when this read can call it itself:
	 * where Spring Data generates an instantiator that calls it (neither the type nor the
	 * constructor private, nor an inner class, an abstract class or a native image),
	 * which wraps the constructor's exceptions as this read does; for a type that is not
	 * a Kotlin type (whose defaults Spring Data applies), with a constructor that takes
	 * exactly the creator's parameters and is accessible. {@code null} leaves the
	 * instantiation to Spring Data.
	 */
	private static @Nullable Constructor<?> constructor(RelationalPersistentEntity<?> entity) {
		Class<?> type = entity.getType();
		if (!(entity.getInstanceCreatorMetadata() instanceof PreferredConstructor<?, ?> creator)
				|| KotlinDetector.isKotlinType(type) || NativeDetector.inNativeImage()
				|| Modifier.isPrivate(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())
				|| (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))) {
			return null;
		}
		Constructor<?> constructor = creator.getConstructor();
		boolean direct = !Modifier.isPrivate(constructor.getModifiers())
				&& constructor.getParameterCount() == creator.getParameterCount() && constructor.trySetAccessible();
		return direct ? constructor : null;
	}

	private static boolean readable(RelationalPersistentProperty property, CustomConversions conversions) {
		return EntityMapping.isSingleValue(property) && property.getSpelExpression() == null
				&& conversions.isSimpleType(property.getActualType());
	}

	/**
	 * Return the position of the one column with a name, whatever its case, as the
	 * converter's row document finds it; {@code -1} when there is none or several.
	 */
	private static int indexOf(List<ColumnRead> columns, String column) {
		int found = -1;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equalsIgnoreCase(column)) {
				if (found >= 0) {
					return -1;
				}
				found = i;
			}
		}
		return found;
	}

	/**
	 * Read an entity from the values of its columns, which it converts in place: the
	 * array is the caller's own, built for this one entity.
	 * @param values the values as the driver returned them, in the order of the columns
	 * @return the entity, or {@code null} when the row is left to the converter, with
	 * every value as it was
	 */
	@Nullable Object read(@Nullable Object[] values) {
		for (int index : this.required) {
			if (values[index] == null) {
				return null;
			}
		}
		for (int i = 0; i < values.length; i++) {
			Slot slot = this.slots[i];
			Object value = values[i];
			if (slot != null && value != null) {
				values[i] = slot.read(value, this);
			}
		}
		Object bean = instantiate(values);
		if (this.populated.length == 0) {
			return bean;
		}
		PersistentPropertyAccessor<Object> accessor = accessor(bean);
		for (int i = 0; i < this.populated.length; i++) {
			accessor.setProperty(this.populatedProperties[i], values[this.populated[i]]);
		}
		return accessor.getBean();
	}

	private Object instantiate(@Nullable Object[] values) {
		Constructor<?> constructor = this.constructor;
		if (constructor == null) {
			return this.instantiator.createInstance(this.entity, new Arguments(this.parameters, values));
		}
		@Nullable Object[] arguments = values;
		if (!this.valuesAreArguments) {
			arguments = new Object[this.arguments.length];
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = values[this.arguments[i]];
			}
		}
		try {
			return constructor.newInstance(arguments);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new MappingInstantiationException(this.entity, Arrays.asList(arguments),
					(ex.getCause() instanceof Exception cause) ? cause : ex);
		}
		catch (ReflectiveOperationException | IllegalArgumentException ex) {
			throw new MappingInstantiationException(this.entity, Arrays.asList(arguments), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private PersistentPropertyAccessor<Object> accessor(Object bean) {
		return ((RelationalPersistentEntity<Object>) this.entity).getPropertyAccessor(bean);
	}

	/**
	 * The property a column is read into, with the class of the last value that needed no
	 * conversion.
	 */
	private static final class Slot {

		private final RelationalPersistentProperty property;

		private final TypeInformation<?> type;

		private final Class<?> target;

		private final boolean primitive;

		private volatile @Nullable Class<?> plain;

		Slot(RelationalPersistentProperty property) {
			this.property = property;
			this.type = property.getTypeInformation();
			this.target = property.getType();
			this.primitive = this.target.isPrimitive();
		}

		@Nullable Object read(Object value, DirectRead read) {
			Class<?> valueClass = value.getClass();
			if (valueClass == this.plain) {
				return value;
			}
			if (!(value instanceof Array) && ClassUtils.isAssignableValue(this.target, value)
					&& !read.conversions.hasCustomReadTarget(valueClass, this.target)) {
				this.plain = valueClass;
				return value;
			}
			return read.converter.readValue(value, this.type);
		}

	}

	/**
	 * The constructor's arguments, taken from the values by the parameters' positions.
	 */
	private record Arguments(Map<String, Integer> parameters,
			@Nullable Object[] values) implements ParameterValueProvider<RelationalPersistentProperty> {

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T getParameterValue(Parameter<T, RelationalPersistentProperty> parameter) {
			Integer index = this.parameters.get(parameter.getName());
			if (index == null) {
				throw new IllegalStateException("No value for " + parameter.getName());
			}
			return (T) this.values[index];
		}

	}

}
