package com.example.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CalculatorTest {

    private final Calculator calculator = new Calculator();

    @Test
    void calculates() {
        assertEquals(5, calculator.add(2, 3));
        assertEquals(-1, calculator.subtract(2, 3));
        assertEquals(2, calculator.divide(4, 2));
        assertThrows(IllegalArgumentException.class, () -> calculator.divide(1, 0));
        assertEquals(3, calculator.max(3, 2));
        assertEquals(4, calculator.max(1, 4));
        assertEquals("positive", calculator.describe(5));
        assertEquals("negative", calculator.describe(-5));
        assertEquals("zero", calculator.describe(0));
    }

    @Test
    void runs_with_the_users_argLine_and_the_agent() throws Exception {
        assertEquals("kept", System.getProperty("from.property"));
        assertEquals("kept", System.getProperty("from.configuration"));
        // the JaCoCo agent (set by builder:prepare-coverage) is on this JVM's command line too
        assertEquals(true, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .anyMatch(argument -> argument.startsWith("-javaagent:") && argument.contains("org.jacoco.agent")));
    }
}
