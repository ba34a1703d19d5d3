package org.springframework.security.access.prepost;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Test look-alike of Spring Security's annotation (same descriptor; Spring is not on the test class path). */
@Retention(RetentionPolicy.RUNTIME)
public @interface PreAuthorize {
    String value();
}
