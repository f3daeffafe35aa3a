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

package io.github.associations.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

/**
 * Calls the running demo over real HTTP.
 */
final class Api {

	/**
	 * How long a request may take: every failure, also of the database, must be answered
	 * well within it.
	 */
	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	Api(int port) {
		this.base = "http://localhost:" + port;
	}

	Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Response post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response put(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE());
	}

	/**
	 * Send a request without a body.
	 * @param method the method, such as {@code TRACE}
	 * @param path the path
	 * @param accept the Accept header
	 * @return the response
	 */
	Response send(String method, String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept));
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(
					request.header("Content-Type", "application/json").timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param contentType the content type
	 * @param location the Location header, or {@code null}
	 * @param body the body
	 */
	record Response(int status, String contentType, @org.jspecify.annotations.Nullable String location, String body) {

		<T> T json(String path) {
			return JsonPath.read(this.body, path);
		}

		long id() {
			return ((Number) json("$.id")).longValue();
		}

	}

}
