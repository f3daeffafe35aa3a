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

package io.github.associations.demo.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.associations.demo.domain.NotFoundException;
import io.github.associations.repository.MissingEntityException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures into RFC 9457 problem details: 400 naming the field, 404 for unknown
 * ids, 409 for conflicts (saying when a retry may succeed), 503 when the database is
 * stalled, gone or out of connections (retryable). Never a 500 for a client's mistake,
 * and never a stack trace or SQL in a response.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

	/**
	 * PostgreSQL's class of errors caused by a value (too long, not encodable, out of
	 * range): the request's fault, not a conflict.
	 */
	private static final String DATA_EXCEPTION_CLASS = "22";

	/**
	 * Seconds a client should wait before it retries after a 503.
	 */
	private static final String RETRY_AFTER_SECONDS = "1";

	private static final Map<String, String> UNIQUE_CONSTRAINTS = Map.of("uq_users_username",
			"username is already taken", "uq_passports_number", "number is already in use", "uq_tags_name",
			"name is already taken");

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult().getFieldErrors();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.stream()
					.map((error) -> error.getField() + ": " + error.getDefaultMessage())
					.distinct()
					.sorted()
					.collect(Collectors.joining("; ")));
		problem.setTitle("Invalid request");
		problem.setProperty("fields", errors.stream().map(FieldError::getField).distinct().sorted().toList());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "The request body is not valid JSON for this request";
		Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(ex.getMostSpecificCause().getMessage()));
		if (duplicate.find()) {
			detail = duplicate.group(1) + ": is given more than once";
		}
		else if (ex.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			detail = field + ": has the wrong type or format";
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: String.valueOf(ex.getPropertyName());
		String rule = (ex.getMostSpecificCause() instanceof BadRequestException badRequest)
				? badRequest.getMessage().substring(badRequest.getField().length() + 2)
				: "has the wrong type or format";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + rule);
		problem.setTitle("Invalid request");
		problem.setProperty("fields", List.of(field));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("fields", List.of(ex.getField()));
		return problem;
	}

	@ExceptionHandler({ NotFoundException.class, MissingEntityException.class })
	ProblemDetail notFound(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		// The repositories name the association first, as in "User.posts: Posts 8, 9 do
		// not
		// exist"; the client needs the rest
		int association = message.indexOf(": ");
		String detail = (ex instanceof MissingEntityException && association >= 0) ? message.substring(association + 2)
				: message;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail concurrencyConflict(ConcurrencyFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A concurrent request changed the same data; the request can be retried");
		problem.setTitle("Conflict");
		problem.setProperty("retryable", true);
		return problem;
	}

	/**
	 * The database did not answer in time, the connection was lost, or the pool had no
	 * connection to give: nothing was committed, and the same request may succeed later.
	 * Lock conflicts are {@link ConcurrencyFailureException}s, answered 409 above.
	 */
	@ExceptionHandler({ TransientDataAccessException.class, DataAccessResourceFailureException.class,
			CannotCreateTransactionException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		logger.warn("The database is unavailable: " + ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is not available at the moment; the request can be retried");
		problem.setTitle("Service unavailable");
		problem.setProperty("retryable", true);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * Anything else is the service's own fault: logged in full, answered without details.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Request failed", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request failed because of an error in the service");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A 406 with a problem body, even though the client accepts no JSON: the error is
	 * described rather than answered with an empty body.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
				"This API answers application/json and application/problem+json only");
		problem.setTitle("Not acceptable");
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).headers(problemHeaders).body(problem);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"A value of the request cannot be stored");
			problem.setTitle("Invalid request");
			return problem;
		}
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		String detail = UNIQUE_CONSTRAINTS.entrySet()
			.stream()
			.filter((constraint) -> message.contains("\"" + constraint.getKey() + "\""))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("The request conflicts with the data stored");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Conflict");
		problem.setProperty("retryable", false);
		return problem;
	}

}
