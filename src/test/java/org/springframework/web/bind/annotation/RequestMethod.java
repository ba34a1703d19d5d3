package org.springframework.web.bind.annotation;

/** Test look-alike of Spring's enum (same descriptor; Spring is not on the test class path). */
public enum RequestMethod {
    GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE
}
