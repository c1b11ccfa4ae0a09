package org.cadretraining.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One request the fuzzer sends, and what it must get back: a 4xx problem, of one of {@code expected} when that is set,
 * naming {@code field} when one field is at fault.
 *
 * @param kind        what sort of bad input this is (the report counts by it)
 * @param operation   the operation, as the API description names it ({@code POST /api/v1/units})
 * @param target      path and query, encoded
 * @param contentType the Content-Type header; null sends none
 * @param body        the body; null sends none
 * @param chunked     sent without a Content-Length, as a stream
 * @param field       the field (or parameter) the problem must name, or null
 * @param expected    the statuses allowed, or null for any 4xx
 * @param what        a short description for the report
 */
public record FuzzCase(int id, String kind, String operation, String method, String target, String contentType,
                       byte[] body, boolean chunked, String field, Set<Integer> expected, String what) {

    /** The request in a line, with a body cut short: enough to replay it by hand. */
    public String describe() {
        String shown = body == null ? "" : body.length > 160
                ? " body[" + body.length + " bytes]: " + printable(new String(body, 0, 120, StandardCharsets.UTF_8)) + "…"
                : " body: " + printable(new String(body, StandardCharsets.UTF_8));
        return "#" + id + " " + kind + " (" + what + ") " + method + " " + target
                + (contentType == null ? " [no Content-Type]" : " [" + contentType + "]") + (chunked ? " [chunked]" : "") + shown;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0xFFFD ? "·" : new String(Character.toChars(c))));
        return out.toString();
    }
}
