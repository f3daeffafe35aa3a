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

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the repositories' operations, with the application's transaction
 * manager: a write joins the caller's transaction or starts one; a read joins the
 * caller's transaction or runs read-only without one.
 */
final class Transactions {

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	Transactions(PlatformTransactionManager transactionManager) {
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		this.reads.setReadOnly(true);
	}

	/**
	 * Run a write in a transaction. When the operation's failure also makes the rollback
	 * fail, as when the connection is lost, the operation's failure is the one that
	 * explains what happened: the database rolls back a transaction whose connection
	 * ends.
	 */
	<R> R write(Supplier<R> operation) {
		try {
			return this.writes.execute((status) -> operation.get());
		}
		catch (TransactionSystemException ex) {
			if (ex.getApplicationException() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	<R> R read(Supplier<R> operation) {
		return this.reads.execute((status) -> operation.get());
	}

}
