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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs random calls from many threads, retrying the documented, retryable
 * {@link ConcurrencyFailureException}s and counting them by kind; any other exception
 * ends the run.
 */
final class RandomCalls {

	private static final int MAX_ATTEMPTS = 20;

	private final Map<String, AtomicInteger> conflicts = new ConcurrentHashMap<>();

	private final AtomicInteger operations = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	/**
	 * Run calls picked at random from a list, each thread with its own seed.
	 * @param threads the number of threads
	 * @param callsPerThread the number of calls per thread
	 * @param kinds the calls to pick from
	 */
	void run(int threads, int callsPerThread, List<Consumer<Random>> kinds) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				Random random = new Random(thread);
				running.add(executor.submit(() -> {
					for (int i = 0; i < callsPerThread; i++) {
						call(pick(kinds, random), random);
					}
				}));
			}
			for (Future<?> thread : running) {
				thread.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			executor.shutdown();
		}
	}

	int operations() {
		return this.operations.get();
	}

	int retries() {
		return this.retries.get();
	}

	Map<String, AtomicInteger> conflicts() {
		return this.conflicts;
	}

	@Override
	public String toString() {
		return this.operations.get() + " operations, " + this.retries.get() + " retries, conflicts by kind "
				+ this.conflicts;
	}

	private void call(Consumer<Random> operation, Random random) {
		for (int attempt = 1;; attempt++) {
			try {
				operation.accept(random);
				this.operations.incrementAndGet();
				return;
			}
			catch (ConcurrencyFailureException ex) {
				this.conflicts.computeIfAbsent(kind(ex), (kind) -> new AtomicInteger()).incrementAndGet();
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
				this.retries.incrementAndGet();
			}
		}
	}

	private static String kind(ConcurrencyFailureException ex) {
		if (ex.getCause() instanceof DuplicateKeyException) {
			return "unique violation";
		}
		if (ex instanceof CannotAcquireLockException) {
			return "lock timeout";
		}
		if (ex instanceof PessimisticLockingFailureException) {
			return "deadlock";
		}
		return ex.getClass().getSimpleName();
	}

	static <E> E pick(List<E> elements, Random random) {
		return elements.get(random.nextInt(elements.size()));
	}

}
