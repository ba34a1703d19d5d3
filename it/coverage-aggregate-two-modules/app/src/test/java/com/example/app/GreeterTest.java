package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.calc.Calculator;
import org.junit.jupiter.api.Test;

/** core has no tests of its own: only the aggregate sees that its code is covered from here. */
class GreeterTest {

    @Test
    void greets() {
        Greeter greeter = new Greeter();
        assertEquals("Hello, stranger", greeter.greet(" ", 1));
        assertEquals("Hello, stranger", greeter.greet(null, 1));
        assertEquals("Hello, Ada (positive visits)", greeter.greet("Ada", 3));
        assertEquals("Hello, Ada (zero visits)", greeter.greet("Ada", 0));
        assertEquals("Hello, Ada (negative visits)", greeter.greet("Ada", -1));
    }

    @Test
    void calculates() {
        Calculator calculator = new Calculator();
        assertEquals(5, calculator.add(2, 3));
        assertEquals(-1, calculator.subtract(2, 3));
        assertEquals(2, calculator.divide(4, 2));
        assertThrows(IllegalArgumentException.class, () -> calculator.divide(1, 0));
        assertEquals(3, calculator.max(3, 2));
    }
}
