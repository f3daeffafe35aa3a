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

/**
 * The ids seen in the rows of one query, to refuse an id seen twice: an open-addressing
 * hash set, which adds no object per id, where a {@code HashSet} adds a node.
 */
final class IdSet {

	private Object[] slots;

	private int shift;

	private int size;

	/**
	 * Create a set for about as many ids as expected.
	 */
	IdSet(int expected) {
		this.slots = new Object[capacity(expected)];
		this.shift = Integer.numberOfLeadingZeros(this.slots.length) + 1;
	}

	/**
	 * Add an id.
	 * @return {@code false} when the set already holds an equal id
	 */
	boolean add(Object id) {
		if ((this.size + 1) * 2 > this.slots.length) {
			grow();
		}
		int mask = this.slots.length - 1;
		// Fibonacci hashing: the product's high bits mix all of the hash's bits
		for (int i = (id.hashCode() * 0x9E3779B9) >>> this.shift;; i = (i + 1) & mask) {
			Object slot = this.slots[i];
			if (slot == null) {
				this.slots[i] = id;
				this.size++;
				return true;
			}
			if (slot.equals(id)) {
				return false;
			}
		}
	}

	private void grow() {
		Object[] old = this.slots;
		this.slots = new Object[old.length * 2];
		this.shift--;
		this.size = 0;
		for (Object id : old) {
			if (id != null) {
				add(id);
			}
		}
	}

	private static int capacity(int expected) {
		int capacity = 16;
		while (capacity < expected * 2 && capacity < (1 << 30)) {
			capacity <<= 1;
		}
		return capacity;
	}

}
