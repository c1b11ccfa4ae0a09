package org.cadretraining.platform.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error leaves as an RFC 9457 problem: a stable {@code type}, the {@code field} at fault, and {@code errors}
 * listing each field with its reason. Rejected values are not echoed back: they may be personal data.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    public static final URI INVALID_REQUEST = URI.create(DomainProblem.TYPE_BASE + "invalid-request");

    public record FieldProblem(String field, String reason) {
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domain(DomainProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setType(problem.type());
        body.setTitle(ProblemLanguage.title(problem.type().toString().substring(DomainProblem.TYPE_BASE.length()), problem.title()));
        if (problem.field() != null) {
            body.setProperty("field", problem.field());
            body.setProperty("errors", List.of(new FieldProblem(problem.field(), problem.getMessage())));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // Unavailable for a moment, not broken: say when to come back.
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(body);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest e) {
        return ResponseEntity.badRequest().body(invalid(e.problems()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                // Thousands of nested brackets or a number of a thousand digits: refused by the parser, not a field's fault.
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ProblemLanguage.text("detail.too-deep",
                        "The request body is nested too deeply, or holds a number or a name too long, to be read"));
                body.setType(INVALID_REQUEST);
                body.setTitle(invalidTitle());
                return ResponseEntity.badRequest().body(body);
            }
        }
        JacksonException jackson = null;
        for (Throwable cause = e.getCause(); cause != null && jackson == null; cause = cause.getCause()) {
            if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
                jackson = j;
            }
        }
        if (jackson != null) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, reason(jackson)))));
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ProblemLanguage.text("detail.not-json", "The request body is not valid JSON"));
        body.setType(INVALID_REQUEST);
        body.setTitle(invalidTitle());
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? ProblemLanguage.text("describe.other", "another type") : describe(e.getRequiredType());
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, mustBe(expected)))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getParameterName(),
                ProblemLanguage.text("reason.required", "is required")))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getRequestPartName(),
                ProblemLanguage.text("reason.required-part", "is required, as a part of a multipart/form-data request")))));
    }

    /**
     * A body announced as multipart that is not (no boundary, a broken part): the client's fault, not ours. (Too large
     * an upload is {@code MaxUploadSizeExceededException}, a 413 of the base class.)
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ProblemLanguage.text("detail.not-multipart", "The request is not a readable multipart/form-data upload"));
        body.setType(INVALID_REQUEST);
        body.setTitle(invalidTitle());
        return ResponseEntity.badRequest().body(body);
    }

    /** The framework's own refusals (405, 406, 415, 413 …) get a stable type of the platform's too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            typed(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(DomainProblem.TYPE_BASE + slug(problem.getStatus())));
        }
        if (problem.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(known == null ? "Error " + problem.getStatus() : known.getReasonPhrase());
        }
        String type = problem.getType().toString();
        if (type.startsWith(DomainProblem.TYPE_BASE)) {
            problem.setTitle(ProblemLanguage.title(type.substring(DomainProblem.TYPE_BASE.length()), problem.getTitle()));
        }
        return problem;
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Messages of database and parsing errors quote the values involved, which may be personal data: the
        // error log names the types and where it happened; the full detail is for DEBUG only.
        log.error("Unhandled error: {} at {}", causeChain(e), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        log.debug("Unhandled error, in full", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemLanguage.text("detail.internal", "Something went wrong on our side; nothing was changed. Please try again."));
        body.setType(URI.create(DomainProblem.TYPE_BASE + "internal-error"));
        body.setTitle(ProblemLanguage.title("internal-error", "Internal error"));
        return ResponseEntity.internalServerError().body(body);
    }

    private static String causeChain(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName());
        }
        return chain.toString();
    }

    public static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        body.setType(INVALID_REQUEST);
        body.setTitle(invalidTitle());
        if (!errors.isEmpty()) {
            body.setProperty("field", errors.get(0).field());
        }
        body.setProperty("errors", errors);
        return body;
    }

    private static String reason(JacksonException e) {
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            if (target != null) {
                return mustBe(describe(target));
            }
        }
        return ProblemLanguage.text("reason.unreadable", "is not readable");
    }

    private static String invalidTitle() {
        return ProblemLanguage.title("invalid-request", "Invalid request");
    }

    private static String mustBe(String expected) {
        return ProblemLanguage.text("reason.must-be", "must be " + expected, expected);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return ProblemLanguage.text("describe.one-of", "one of " + values, values);
        }
        Map<Class<?>, String[]> known = Map.ofEntries(
                Map.entry(LocalDate.class, new String[] {"date", "a date as yyyy-MM-dd"}),
                Map.entry(LocalDateTime.class, new String[] {"date-time", "a date and time as yyyy-MM-ddTHH:mm:ss"}),
                Map.entry(Instant.class, new String[] {"instant", "an instant as yyyy-MM-ddTHH:mm:ssZ"}),
                Map.entry(java.util.UUID.class, new String[] {"uuid", "a UUID"}),
                Map.entry(Integer.class, WHOLE), Map.entry(int.class, WHOLE), Map.entry(Long.class, WHOLE), Map.entry(long.class, WHOLE),
                Map.entry(Boolean.class, BOOLEAN), Map.entry(boolean.class, BOOLEAN),
                Map.entry(java.math.BigDecimal.class, NUMBER), Map.entry(Double.class, NUMBER), Map.entry(double.class, NUMBER));
        String[] words = known.get(type);
        return words == null ? "a " + type.getSimpleName() : ProblemLanguage.text("describe." + words[0], words[1]);
    }

    private static final String[] WHOLE = {"whole-number", "a whole number"};
    private static final String[] BOOLEAN = {"boolean", "true or false"};
    private static final String[] NUMBER = {"number", "a number"};

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
