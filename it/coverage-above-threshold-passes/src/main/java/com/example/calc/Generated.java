package com.example.calc;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Any annotation whose simple name contains "Generated" with CLASS or RUNTIME retention. */
@Retention(RetentionPolicy.CLASS)
public @interface Generated {
}
