package org.cadretraining.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A request the domain refuses, with what an official needs to act on it: a stable type, the field at fault (if one
 * is), and a reason. Rendered as an RFC 9457 problem by {@link ProblemHandling}.
 */
public class DomainProblem extends RuntimeException {
    public static final String TYPE_BASE = "https://cadretraining.org/problems/";

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final String field;

    public DomainProblem(HttpStatus status, String type, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    /** A field whose value is well-formed but wrong, such as a unit id that names no unit. */
    public static DomainProblem invalidField(String field, String reason) {
        return new DomainProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field, field + ": " + reason);
    }

    public static DomainProblem notFound(String what, String id) {
        return new DomainProblem(HttpStatus.NOT_FOUND, "not-found", what + " not found", null, "No " + what.toLowerCase() + " with id " + id);
    }

    public static DomainProblem conflict(String type, String title, String detail) {
        return new DomainProblem(HttpStatus.CONFLICT, type, title, null, detail);
    }

    public static DomainProblem unprocessable(String type, String title, String field, String detail) {
        return new DomainProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, title, field, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + type);
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
