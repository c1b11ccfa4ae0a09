package org.cadretraining.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what a request may make the service read.
 *
 * @param maxBodySize the largest request body that is not a multipart upload (uploads keep
 *                    {@code spring.servlet.multipart.*}); larger ones are refused with 413 before they are parsed
 * @param json        what the JSON parser accepts in a request body
 */
@ConfigurationProperties("platform.web")
public record PlatformWebProperties(DataSize maxBodySize, Json json) {
    public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofMegabytes(1);

    public PlatformWebProperties {
        maxBodySize = maxBodySize == null ? DEFAULT_MAX_BODY_SIZE : maxBodySize;
        json = json == null ? new Json(0, 0) : json;
    }

    /**
     * @param maxNestingDepth  arrays and objects within each other; the deepest request of the platform needs 4
     * @param maxNumberLength  digits (and sign, point, exponent) of one number; the largest field is a cost of 14 digits
     */
    public record Json(int maxNestingDepth, int maxNumberLength) {
        public Json {
            maxNestingDepth = maxNestingDepth <= 0 ? 32 : maxNestingDepth;
            maxNumberLength = maxNumberLength <= 0 ? 64 : maxNumberLength;
        }
    }
}
