package org.springframework.cache.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Test look-alike of Spring's annotation (same descriptor; Spring is not on the test class path). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Cacheable {
    String[] value() default {};
}
