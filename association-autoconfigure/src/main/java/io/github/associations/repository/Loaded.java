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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An entity loaded by an eager query, with the targets of the associations it included.
 *
 * @param <S> the entity type
 */
public final class Loaded<S> {

	private final S entity;

	private final @Nullable Object id;

	private final @Nullable Object targets;

	private final Map<String, Class<?>> included;

	private @Nullable ListOf lists;

	private @Nullable Object link;

	/**
	 * Create a loaded entity. The eager select builds the targets and the included
	 * associations' map for this entity alone and never changes them afterwards. The
	 * targets of to-many includes are attached afterwards, before the query returns.
	 * @param id the value of the entity's id column, as the database returned it, or
	 * {@code null} for a target without includes, which needs none
	 * @param targets the targets of the to-one includes: with one included association,
	 * its target; with several, a map of the targets by the association's name; each a
	 * {@code Loaded}, or the entity alone for a target without includes, or {@code null}
	 * when there is none
	 * @param included the target types of the to-one includes, by the association's name
	 */
	Loaded(S entity, @Nullable Object id, @Nullable Object targets, Map<String, Class<?>> included) {
		this.entity = entity;
		this.id = id;
		this.targets = targets;
		this.included = included;
	}

	/**
	 * Attach the targets of a to-many include.
	 */
	void attach(String as, Class<?> type, List<Loaded<?>> targets) {
		this.lists = new ListOf(as, type, targets, this.lists);
	}

	/**
	 * Return the value of the entity's id column as the database returned it: the key the
	 * rows of its to-many targets reference when their association's key is the id.
	 */
	@Nullable Object id() {
		return this.id;
	}

	/**
	 * Keep the junction model of the link through which this target was loaded.
	 */
	void link(Object link) {
		this.link = link;
	}

	/**
	 * Return the loaded entity.
	 * @return the entity
	 */
	public S entity() {
		return this.entity;
	}

	/**
	 * Return the link through which this entity was loaded as the target of a
	 * belongsToMany with a junction model: the junction model's instance, with the values
	 * of its columns for this link, such as the position of a tag on its post.
	 * @param <J> the junction model's type
	 * @param type the junction model's type
	 * @return the link, or empty when the entity was not loaded through a junction model
	 * @throws IllegalArgumentException when the link is of another type
	 */
	public <J> Optional<J> link(Class<J> type) {
		if (this.link != null && !type.isInstance(this.link)) {
			throw new IllegalArgumentException(this.entity.getClass().getSimpleName() + " was loaded through a "
					+ this.link.getClass().getSimpleName() + ", not a " + type.getSimpleName());
		}
		return Optional.ofNullable(type.cast(this.link));
	}

	/**
	 * Return the target of an included association.
	 * @param <T> the target type
	 * @param as the association's name
	 * @param type the target type
	 * @return the target, or empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association, or
	 * its target is of another type
	 */
	public <T> Optional<T> get(String as, Class<T> type) {
		return loaded(as, type).map(Loaded::entity);
	}

	/**
	 * Return the target of an included association with the targets of its own included
	 * associations. A target included without includes of its own is kept as the entity
	 * alone, and each call wraps it in a new {@code Loaded}.
	 * @param <T> the target type
	 * @param as the association's name
	 * @param type the target type
	 * @return the loaded target, or empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association, or
	 * its target is of another type
	 */
	@SuppressWarnings("unchecked")
	public <T> Optional<Loaded<T>> loaded(String as, Class<T> type) {
		Class<?> target = this.included.get(as);
		if (target == null) {
			throw new IllegalArgumentException(this.entity.getClass().getSimpleName() + "." + as
					+ " was not included; include it in the query: " + this.included.keySet());
		}
		if (!type.isAssignableFrom(target)) {
			throw new IllegalArgumentException(this.entity.getClass().getSimpleName() + "." + as + " holds "
					+ target.getSimpleName() + ", not " + type.getSimpleName());
		}
		Object found = (this.included.size() == 1) ? this.targets
				: (this.targets != null) ? ((Map<String, Object>) this.targets).get(as) : null;
		return Optional.ofNullable((Loaded<T>) loaded(found));
	}

	/**
	 * Return a target as a loaded entity, which a target without includes is read
	 * without.
	 */
	private static @Nullable Loaded<?> loaded(@Nullable Object target) {
		return (target == null || target instanceof Loaded<?>) ? (Loaded<?>) target
				: new Loaded<>(target, null, null, Map.of());
	}

	/**
	 * Return the target of an included association, named by its repository:
	 * {@code get(profiles)} returns an {@code Optional<Profile>} for a
	 * {@code HasOneRepository<User, Profile> profiles}.
	 * @param <T> the target type
	 * @param association the association's repository
	 * @return the target, or empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association
	 */
	public <T> Optional<T> get(OneToOneRepository<S, T> association) {
		return loaded(association).map(Loaded::entity);
	}

	/**
	 * Return the target of an included association, named by its repository, with the
	 * targets of its own included associations.
	 * @param <T> the target type
	 * @param association the association's repository
	 * @return the loaded target, or empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association
	 */
	@SuppressWarnings("unchecked")
	public <T> Optional<Loaded<T>> loaded(OneToOneRepository<S, T> association) {
		return (Optional<Loaded<T>>) (Optional<?>) loaded(association.as(), Object.class);
	}

	/**
	 * Return the targets of an included to-many association, in the include's order.
	 * @param <T> the target type
	 * @param as the association's name
	 * @param type the target type
	 * @return the targets, empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association as
	 * a to-many association, or its targets are of another type
	 */
	public <T> List<T> getList(String as, Class<T> type) {
		return loadedList(as, type).stream().map(Loaded::entity).toList();
	}

	/**
	 * Return the targets of an included to-many association with the targets of their own
	 * included associations.
	 * @param <T> the target type
	 * @param as the association's name
	 * @param type the target type
	 * @return the loaded targets, empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association as
	 * a to-many association, or its targets are of another type
	 */
	@SuppressWarnings("unchecked")
	public <T> List<Loaded<T>> loadedList(String as, Class<T> type) {
		ListOf list = this.lists;
		while (list != null && !list.as().equals(as)) {
			list = list.next();
		}
		if (list == null) {
			String name = this.entity.getClass().getSimpleName() + "." + as;
			throw new IllegalArgumentException(this.included.containsKey(as)
					? name + " is a to-one association; read it with get(\"" + as + "\", ...)"
					: name + " was not included as a to-many association; include it in the query: "
							+ lists().keySet());
		}
		if (!type.isAssignableFrom(list.type())) {
			throw new IllegalArgumentException(this.entity.getClass().getSimpleName() + "." + as + " holds "
					+ list.type().getSimpleName() + ", not " + type.getSimpleName());
		}
		return (List<Loaded<T>>) (List<?>) list.targets();
	}

	/**
	 * Return the targets of an included to-many association, named by its repository:
	 * {@code getList(posts)} returns a {@code List<Post>} for a
	 * {@code HasManyRepository<User, Post> posts}, {@code getList(tags)} a
	 * {@code List<Tag>} for a {@code BelongsToManyRepository<Post, Tag> tags}.
	 * @param <T> the target type
	 * @param association the association's repository
	 * @return the targets, empty when the entity has none
	 * @throws IllegalArgumentException when the query did not include the association
	 */
	@SuppressWarnings("unchecked")
	public <T> List<T> getList(ToManyRepository<S, T> association) {
		return (List<T>) getList(association.as(), Object.class);
	}

	@Override
	public String toString() {
		Map<String, Object> targets = new LinkedHashMap<>();
		for (String as : this.included.keySet()) {
			loaded(as, Object.class).ifPresent((target) -> targets.put(as, target));
		}
		return "Loaded " + this.entity + " with " + targets + ((this.lists == null) ? "" : " and " + lists());
	}

	/**
	 * Return the targets of the to-many includes by the association's name, in the order
	 * of the includes.
	 */
	private Map<String, List<Loaded<?>>> lists() {
		Deque<ListOf> attached = new ArrayDeque<>();
		for (ListOf list = this.lists; list != null; list = list.next()) {
			attached.push(list);
		}
		Map<String, List<Loaded<?>>> lists = new LinkedHashMap<>();
		attached.forEach((list) -> lists.put(list.as(), list.targets()));
		return lists;
	}

	/**
	 * The targets of a to-many include, linked to those of the includes attached before.
	 */
	private record ListOf(String as, Class<?> type, List<Loaded<?>> targets, @Nullable ListOf next) {

	}

}
