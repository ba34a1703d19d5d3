package com.example.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {

    private final Calculator calculator = new Calculator();

    @Test
    void adds() {
        assertEquals(5, calculator.add(2, 3));
    }

    @Test
    void divides() {
        assertEquals(2, calculator.divide(4, 2));
    }

    @Test
    void describes_a_positive_number() {
        assertEquals("positive", calculator.describe(5));
    }
}
