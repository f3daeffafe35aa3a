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

import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.conversion.RootAggregateChange;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EntityEvents}: listeners of Spring Data's save events for an entity
 * type receive the events of its entities only, with the type Spring Data's own events
 * give.
 */
class EntityEventsTests {

	@Test
	void listenersOfAnEntityTypesSaveEventsReceiveThemAndOthersDoNot() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			NoteSaves notes = new NoteSaves();
			context.addApplicationListener(notes);
			context.register(CardMethods.class);
			context.refresh();
			EntityEvents events = new EntityEvents();
			Card card = new Card(1);
			RootAggregateChange<Card> change = MutableAggregateChange.forSave(card);
			context.publishEvent(events.beforeConvert(card));
			context.publishEvent(events.beforeSave(card, change));
			context.publishEvent(events.afterSave(card, change));
			assertThat(context.getBean(CardMethods.class).received).containsExactly("BeforeConvertEvent 1",
					"BeforeSaveEvent 1", "AfterSaveEvent 1");
			assertThat(notes.received).isEmpty();
			Note note = new Note(2);
			context.publishEvent(events.beforeSave(note, MutableAggregateChange.forSave(note)));
			context.publishEvent(events.afterSave(note, MutableAggregateChange.forSave(note)));
			assertThat(notes.received).containsExactly(note);
			assertThat(context.getBean(CardMethods.class).received).hasSize(3);
		}
	}

	@Test
	void theTypesAreSpringDatasAndResolvedOncePerEntityType() {
		EntityEvents events = new EntityEvents();
		Card card = new Card(1);
		RootAggregateChange<Card> change = MutableAggregateChange.forSave(card);
		assertThat(events.afterConvert(card).getResolvableType())
			.isEqualTo(new AfterConvertEvent<>(card).getResolvableType())
			.isSameAs(events.afterConvert(new Card(2)).getResolvableType());
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
	 * Methods listening to the save events of cards, as an application declares them.
	 */
	static class CardMethods {

		private final List<String> received = new ArrayList<>();

		@EventListener
		void beforeConvert(BeforeConvertEvent<Card> event) {
			this.received.add("BeforeConvertEvent " + event.getEntity());
		}

		@EventListener
		void beforeSave(BeforeSaveEvent<Card> event) {
			this.received.add("BeforeSaveEvent " + event.getEntity());
		}

		@EventListener
		void afterSave(AfterSaveEvent<Card> event) {
			this.received.add("AfterSaveEvent " + event.getEntity());
		}

	}

	/**
	 * A listener of the after-save events of notes.
	 */
	static class NoteSaves implements ApplicationListener<AfterSaveEvent<Note>> {

		private final List<Note> received = new ArrayList<>();

		@Override
		public void onApplicationEvent(AfterSaveEvent<Note> event) {
			this.received.add(event.getEntity());
		}

	}

	record Card(int id) {

		@Override
		public String toString() {
			return String.valueOf(this.id);
		}

	}

	record Note(int id) {

		@Override
		public String toString() {
			return String.valueOf(this.id);
		}

	}

}
