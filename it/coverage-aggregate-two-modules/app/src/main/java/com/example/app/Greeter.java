package com.example.app;

import com.example.calc.Calculator;

/** Uses core's Calculator; app's tests cover both modules. */
public class Greeter {

    private final Calculator calculator = new Calculator();

    public String greet(String name, int visits) {
        if (name == null || name.isBlank()) {
            return "Hello, stranger";
        }
        return "Hello, " + name + " (" + calculator.describe(visits) + " visits)";
    }
}
