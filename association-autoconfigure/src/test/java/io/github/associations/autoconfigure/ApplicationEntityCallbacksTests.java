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

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mapping.callback.EntityCallback;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationEntityCallbacksTests {

	@Test
	void withoutCallbackBeansEveryEntityComesBackAsItIs() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.refresh();
			EntityCallbacks callbacks = ApplicationEntityCallbacks.of(context);
			Note note = new Note("as read");
			assertThat(callbacks.callback(AfterConvertCallback.class, note)).isSameAs(note);
		}
	}

	@Test
	void runsTheBeansOfAKindAndSkipsOtherKinds() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(AfterConvert.class)) {
			EntityCallbacks callbacks = ApplicationEntityCallbacks.of(context);
			assertThat(callbacks.callback(AfterConvertCallback.class, new Note("as read")))
				.isEqualTo(new Note("as read, converted"));
			Note saved = new Note("saved");
			assertThat(callbacks.callback(AfterSaveCallback.class, saved)).isSameAs(saved);
		}
	}

	@Test
	void runsBeansDeclaredOnlyAsEntityCallbacks() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				DeclaredAsEntityCallback.class)) {
			EntityCallbacks callbacks = ApplicationEntityCallbacks.of(context);
			assertThat(callbacks.callback(AfterSaveCallback.class, new Note("saved")))
				.isEqualTo(new Note("saved, after save"));
		}
	}

	@Test
	void runsACallbackAddedAfterACallOfItsKind() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.refresh();
			EntityCallbacks callbacks = ApplicationEntityCallbacks.of(context);
			Note note = new Note("as read");
			assertThat(callbacks.callback(AfterConvertCallback.class, note)).isSameAs(note);
			callbacks.addEntityCallback((AfterConvertCallback<Note>) (read) -> new Note(read.text() + ", added"));
			assertThat(callbacks.callback(AfterConvertCallback.class, note)).isEqualTo(new Note("as read, added"));
		}
	}

	record Note(String text) {

	}

	@Configuration(proxyBeanMethods = false)
	static class AfterConvert {

		@Bean
		AfterConvertCallback<Note> converted() {
			return (note) -> new Note(note.text() + ", converted");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DeclaredAsEntityCallback {

		@Bean
		EntityCallback<Note> afterSave() {
			return new AfterSaveNote();
		}

	}

	static class AfterSaveNote implements AfterSaveCallback<Note> {

		@Override
		public Note onAfterSave(Note note) {
			return new Note(note.text() + ", after save");
		}

	}

}
