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

import io.github.associations.observation.AssociationObservationDocumentation.HighCardinalityKeyNames;
import io.github.associations.observation.AssociationObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default convention of the observations of association operations: named
 * {@value #NAME}, with the association and the operation as low-cardinality keys and the
 * number of entities returned as a high-cardinality key.
 */
public class DefaultAssociationOperationObservationConvention implements AssociationOperationObservationConvention {

	/**
	 * The name of the observations, and so of their timers.
	 */
	public static final String NAME = "associations.operation";

	/**
	 * The convention's shared instance.
	 */
	public static final DefaultAssociationOperationObservationConvention INSTANCE = new DefaultAssociationOperationObservationConvention();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(AssociationOperationContext context) {
		return context.getAssociation() + " " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(AssociationOperationContext context) {
		return KeyValues.of(LowCardinalityKeyNames.ASSOCIATION.withValue(context.getAssociation()),
				LowCardinalityKeyNames.OPERATION.withValue(context.getOperation()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(AssociationOperationContext context) {
		if (context.getRows() < 0) {
			return KeyValues.empty();
		}
		return KeyValues.of(HighCardinalityKeyNames.ROWS.withValue(Integer.toString(context.getRows())));
	}

}
