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

package io.github.associations.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The documented observations of the association repositories.
 */
public enum AssociationObservationDocumentation implements ObservationDocumentation {

	/**
	 * A repository operation (such as {@code get} or {@code set}) or an eager load, with
	 * its transaction.
	 */
	OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultAssociationOperationObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * The low-cardinality keys: they become the tags of the timers.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The association, as {@code Source.as}, such as {@code User.profile}; for an
		 * eager load, the included associations separated by commas, or the source type
		 * when it includes none.
		 */
		ASSOCIATION {
			@Override
			public String asString() {
				return "association";
			}
		},

		/**
		 * The operation, the repository's method: {@code get}, {@code getAll},
		 * {@code set}, {@code create}, {@code save}, {@code count}, {@code has},
		 * {@code add}, {@code remove}, {@code setPayload}; or {@code load} for an eager
		 * load.
		 */
		OPERATION {
			@Override
			public String asString() {
				return "operation";
			}
		}

	}

	/**
	 * The high-cardinality keys: they go to traces, not to timers.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The number of entities the operation returned (absent when it fails).
		 */
		ROWS {
			@Override
			public String asString() {
				return "rows";
			}
		}

	}

}
