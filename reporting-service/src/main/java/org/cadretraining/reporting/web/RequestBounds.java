package org.cadretraining.reporting.web;

/**
 * The longest value each kind of request parameter may take, so that nothing a caller sends is unbounded. Ids are the
 * other services' UUIDs (36 characters); the bound leaves room for the short names the tests give.
 */
final class RequestBounds {
    static final int ID = 64;
    /** A language tag, such as {@code vi} or {@code en-GB}. */
    static final int LANG = 16;
    /** A file extension: {@code xlsx}, {@code pdf}, {@code csv}. */
    static final int FORMAT = 8;
    /** Words of a name, as a search types them. */
    static final int NAME = 120;
    /** A key of a store ({@code <unitId>/t/<targetId>}). */
    static final int KEY = 300;
    /** Keys of one read from another instance: more than fit in a request line anyway. */
    static final int KEYS = 500;

    /** The one grouping a target's figures take: by the kind of unit the cohort serves in. */
    static final String GROUP_BY_KIND = "kind";

    private RequestBounds() {
    }
}
