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

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.conversion.RootAggregateChange;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SaveEvents}: listeners of Spring Data's save events for an entity type
 * receive the events of its entities only, with the type Spring Data's own events give.
 */
class SaveEventsTests {

	@Test
	void listenersOfAnEntityTypesSaveEventsReceiveThemAndOthersDoNot() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			List<String> cards = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			context.addApplicationListener(listener(BeforeConvertEvent.class, Card.class, cards));
			context.addApplicationListener(listener(BeforeSaveEvent.class, Card.class, cards));
			context.addApplicationListener(listener(AfterSaveEvent.class, Card.class, cards));
			context.addApplicationListener(listener(AbstractRelationalEvent.class, Note.class, notes));
			context.refresh();
			SaveEvents events = new SaveEvents();
			Card card = new Card(1);
			RootAggregateChange<Card> change = MutableAggregateChange.forSave(card);
			context.publishEvent(events.beforeConvert(card));
			context.publishEvent(events.beforeSave(card, change));
			context.publishEvent(events.afterSave(card, change));
			assertThat(cards).containsExactly("BeforeConvertEvent 1", "BeforeSaveEvent 1", "AfterSaveEvent 1");
			assertThat(notes).isEmpty();
			context.publishEvent(events.afterSave(new Note(2), MutableAggregateChange.forSave(new Note(2))));
			assertThat(notes).containsExactly("AfterSaveEvent 2");
		}
	}

	@Test
	void theTypesAreSpringDatasAndResolvedOncePerEntityType() {
		SaveEvents events = new SaveEvents();
		Card card = new Card(1);
		RootAggregateChange<Card> change = MutableAggregateChange.forSave(card);
		assertThat(events.beforeConvert(card).getResolvableType())
			.isEqualTo(new BeforeConvertEvent<>(card).getResolvableType())
			.isSameAs(events.beforeConvert(new Card(2)).getResolvableType());
		assertThat(events.beforeSave(card, change).getResolvableType())
			.isEqualTo(new BeforeSaveEvent<>(card, change).getResolvableType())
			.isSameAs(events.beforeSave(card, change).getResolvableType());
		assertThat(events.afterSave(card, change).getResolvableType())
			.isEqualTo(new AfterSaveEvent<>(card, change).getResolvableType())
			.isSameAs(events.afterSave(card, change).getResolvableType());
	}

	/**
	 * A listener of one event type for one entity type, as a generic
	 * {@code ApplicationListener<BeforeSaveEvent<Card>>} is declared, that records the
	 * events it receives by their Spring Data name and entity.
	 */
	private static ApplicationListener<?> listener(Class<?> eventType, Class<?> entityType, List<String> received) {
		ResolvableType type = ResolvableType.forClassWithGenerics(eventType, entityType);
		return new GenericApplicationListener() {

			@Override
			public boolean supportsEventType(ResolvableType candidate) {
				return type.isAssignableFrom(candidate);
			}

			@Override
			public void onApplicationEvent(ApplicationEvent event) {
				AbstractRelationalEvent<?> relational = (AbstractRelationalEvent<?>) event;
				received.add(relational.getClass().getSuperclass().getSimpleName() + " " + relational.getEntity());
			}

		};
	}

	private record Card(int id) {

		@Override
		public String toString() {
			return String.valueOf(this.id);
		}

	}

	private record Note(int id) {

		@Override
		public String toString() {
			return String.valueOf(this.id);
		}

	}

}
