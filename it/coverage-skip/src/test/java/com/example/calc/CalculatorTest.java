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
    void runs_with_the_users_argLine() {
        assertEquals("kept", System.getProperty("from.configuration"));
    }
}
