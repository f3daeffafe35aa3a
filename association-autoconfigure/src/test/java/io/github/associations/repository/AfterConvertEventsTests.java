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
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AfterConvertEvents}: the events of entities reach their listeners, and
 * the application's multicasters see none of the types without one.
 */
class AfterConvertEventsTests {

	@Test
	void onlyTheEventsOfTypesWithAListenerArePublished() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			RecordingMulticaster multicaster = register(context);
			CardListener cards = new CardListener();
			context.addApplicationListener(cards);
			context.refresh();
			AfterConvertEvents.Publication publication = new AfterConvertEvents(context).publication();
			Card first = new Card(1);
			Card second = new Card(2);
			publication.publish(new Note(1));
			publication.publish(first);
			publication.publish(new Note(2));
			publication.publish(second);
			assertThat(cards.entities).containsExactly(first, second);
			assertThat(multicaster.entities).containsExactly(first, second);
			assertThat(multicaster.types)
				.containsOnly(ResolvableType.forClassWithGenerics(AfterConvertEvent.class, Card.class));
		}
	}

	@Test
	void aListenerAddedAfterAQueryReceivesTheEventsOfTheNextOne() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			register(context);
			context.refresh();
			AfterConvertEvents events = new AfterConvertEvents(context);
			events.publication().publish(new Card(1));
			CardListener cards = new CardListener();
			context.addApplicationListener(cards);
			Card card = new Card(2);
			events.publication().publish(card);
			assertThat(cards.entities).containsExactly(card);
		}
	}

	@Test
	void anEventListenerMethodReceivesTheEventsOfItsType() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			RecordingMulticaster multicaster = register(context);
			context.register(CardMethods.class);
			context.refresh();
			AfterConvertEvents.Publication publication = new AfterConvertEvents(context).publication();
			Card card = new Card(1);
			publication.publish(new Note(1));
			publication.publish(card);
			assertThat(context.getBean(CardMethods.class).entities).containsExactly(card);
			assertThat(multicaster.entities).containsExactly(card);
		}
	}

	@Test
	void everyEventIsPublishedWhileTheContextIsNotRunning() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			RecordingMulticaster multicaster = register(context);
			context.refresh();
			context.stop();
			Note note = new Note(1);
			new AfterConvertEvents(context).publication().publish(note);
			assertThat(multicaster.entities).containsExactly(note);
		}
	}

	@Test
	void theListenersOfAParentContextReceiveTheEvents() {
		try (GenericApplicationContext parent = new GenericApplicationContext();
				GenericApplicationContext child = new GenericApplicationContext(parent)) {
			CardListener cards = new CardListener();
			parent.addApplicationListener(cards);
			parent.refresh();
			RecordingMulticaster multicaster = register(child);
			child.refresh();
			Card card = new Card(1);
			new AfterConvertEvents(child).publication().publish(card);
			assertThat(multicaster.entities).as("the child's multicaster").containsExactly(card);
			assertThat(cards.entities).containsExactly(card);
		}
	}

	@Test
	void everyEventIsPublishedToAPublisherWhoseListenersAreUnknown() {
		List<Object> published = new ArrayList<>();
		AfterConvertEvents.Publication publication = new AfterConvertEvents(published::add).publication();
		Note note = new Note(1);
		publication.publish(note);
		assertThat(published).singleElement()
			.isInstanceOfSatisfying(AfterConvertEvent.class, (event) -> assertThat(event.getEntity()).isSameAs(note));
	}

	private static RecordingMulticaster register(GenericApplicationContext context) {
		RecordingMulticaster multicaster = new RecordingMulticaster();
		context.getBeanFactory()
			.registerSingleton(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, multicaster);
		return multicaster;
	}

	record Card(int number) {

	}

	record Note(int number) {

	}

	static final class CardListener implements ApplicationListener<AfterConvertEvent<Card>> {

		final List<Card> entities = new ArrayList<>();

		@Override
		public void onApplicationEvent(AfterConvertEvent<Card> event) {
			this.entities.add(event.getEntity());
		}

	}

	static class CardMethods {

		final List<Card> entities = new ArrayList<>();

		@EventListener
		void on(AfterConvertEvent<Card> event) {
			this.entities.add(event.getEntity());
		}

	}

	/**
	 * Records the entities of the relational events it multicasts.
	 */
	static final class RecordingMulticaster extends SimpleApplicationEventMulticaster {

		final List<Object> entities = new ArrayList<>();

		final List<ResolvableType> types = new ArrayList<>();

		@Override
		public void multicastEvent(ApplicationEvent event, ResolvableType eventType) {
			if (event instanceof AfterConvertEvent<?> afterConvert) {
				this.entities.add(afterConvert.getEntity());
				this.types.add(ResolvableType.forInstance(event));
			}
			super.multicastEvent(event, eventType);
		}

	}

}
