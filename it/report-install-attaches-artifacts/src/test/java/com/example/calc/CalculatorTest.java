package com.example.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CalculatorTest {

    private final Calculator calculator = new Calculator();

    @Test
    void adds_and_subtracts() {
        assertEquals(5, calculator.add(2, 3));
        assertEquals(-1, calculator.subtract(2, 3));
    }

    @Test
    void divides_and_refuses_zero() {
        assertEquals(2, calculator.divide(4, 2));
        assertThrows(IllegalArgumentException.class, () -> calculator.divide(1, 0));
    }

    @Test
    void takes_the_larger() {
        assertEquals(3, calculator.max(3, 2));
        assertEquals(4, calculator.max(1, 4));
    }

    @Test
    void describes() {
        assertEquals("positive", calculator.describe(5));
        assertEquals("negative", calculator.describe(-5));
    }
}
