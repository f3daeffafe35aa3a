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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of slow clients (slowloris): connections that send part of their headers, or of
 * a body, and then wait. Other clients are answered meanwhile, and the server closes the
 * slow connections after its connection timeout instead of keeping them for a minute.
 */
@ApiIntegrationTest
class SlowClientsIntegrationTests {

	private static final int SLOW_CLIENTS = 260;

	private static final int PATIENT_REQUESTS = 20;

	@LocalServerPort
	private int port;

	@Test
	void slowClientsAreDisconnectedAndCannotStarveTheOthers() throws IOException {
		Api api = new Api(this.port);
		long id = api.post("/users", "{\"username\":\"patient\"}").id();
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket("localhost", this.port);
				socket.setSoTimeout((int) Duration.ofSeconds(20).toMillis());
				String start = (i % 2 == 0)
						? "POST /users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
								+ "Content-Length: 1000\r\n\r\n{\"username\":\""
						: "GET /users/" + id + " HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
				OutputStream output = socket.getOutputStream();
				output.write(start.getBytes(StandardCharsets.US_ASCII));
				output.flush();
				slow.add(socket);
			}
			long started = System.nanoTime();
			for (int i = 0; i < PATIENT_REQUESTS; i++) {
				assertThat(api.get("/users/" + id).status()).isEqualTo(200);
			}
			long answered = System.nanoTime();
			for (Socket socket : slow) {
				assertThat(closedByTheServer(socket)).isTrue();
			}
			System.out.printf(
					"%d slow clients: %d other requests answered in %d ms; every slow connection closed "
							+ "by the server after %d ms%n",
					SLOW_CLIENTS, PATIENT_REQUESTS, Duration.ofNanos(answered - started).toMillis(),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	/**
	 * Read what the server sends until it closes the connection, or the socket's read
	 * timeout ends the wait first.
	 */
	private static boolean closedByTheServer(Socket socket) {
		try {
			InputStream input = socket.getInputStream();
			while (input.read() != -1) {
				// the server may answer before it closes
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
