package org.cadretraining.registry.web;

import java.net.URI;

import org.cadretraining.platform.web.DomainProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two requests raced to write the same unique value (a national ID, a unit code), or waited on each other's locks (a
 * transfer and a reorganization moving the same cadre): the loser's transaction rolled back. Answered as a conflict,
 * and not logged: the database's message quotes the value, which may be personal data.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConcurrentChangeHandling {
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another change wrote the same national ID or code at the same moment; nothing was written. Check and try again.");
        body.setType(URI.create(DomainProblem.TYPE_BASE + "concurrent-change"));
        body.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> locked(PessimisticLockingFailureException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another change to the same units or cadres was being written at the same moment; nothing of this request"
                        + " was written. Try again.");
        body.setType(URI.create(DomainProblem.TYPE_BASE + "concurrent-change"));
        body.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
