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

import java.util.List;

import io.github.associations.demo.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timers of the association operations under {@code /actuator/metrics}, after real
 * requests.
 */
class OperationMetricsIntegrationTests extends AbstractApiIntegrationTests {

	private static final String TIMERS = "/actuator/metrics/associations.operation";

	@Test
	void everyOperationIsTimedWithItsAssociationAndOperation() {
		double saves = count("association:User.profile", "operation:save", "error:none");
		double loads = count("association:User.profile", "operation:load", "error:none");
		long alice = this.api.post("/users", "{\"username\":\"alice\",\"profile\":{\"bio\":\"hi\"}}").id();
		this.api.get("/users/" + alice + "?include=profile");
		assertThat(count("association:User.profile", "operation:save", "error:none")).isEqualTo(saves + 1);
		assertThat(count("association:User.profile", "operation:load", "error:none")).isEqualTo(loads + 1);
		Response timers = this.api.get(TIMERS);
		assertThat(timers.<String>json("$.baseUnit")).isEqualTo("seconds");
		assertThat(timers.<List<String>>json("$.availableTags[*].tag")).contains("association", "operation", "error");
	}

	@Test
	void aFailedOperationIsTimedWithItsError() {
		long alice = this.api.post("/users", "{\"username\":\"alice\"}").id();
		long bob = this.api.post("/users", "{\"username\":\"bob\"}").id();
		this.api.put("/users/" + alice + "/passport", "{\"number\":\"X1\"}");
		Response taken = this.api.put("/users/" + bob + "/passport", "{\"number\":\"X1\"}");
		assertThat(taken.status()).isEqualTo(409);
		Response failures = this.api.get(TIMERS + "?tag=association:User.passport&tag=operation:set");
		assertThat(failures.<List<String>>json("$.availableTags[?(@.tag == 'error')].values[*]"))
			.contains("DuplicateKeyException");
	}

	private double count(String... tags) {
		StringBuilder uri = new StringBuilder(TIMERS);
		for (int i = 0; i < tags.length; i++) {
			uri.append((i == 0) ? '?' : '&').append("tag=").append(tags[i]);
		}
		Response response = this.api.get(uri.toString());
		if (response.status() == 404) {
			return 0;
		}
		List<Double> counts = response.json("$.measurements[?(@.statistic == 'COUNT')].value");
		return counts.get(0);
	}

}
