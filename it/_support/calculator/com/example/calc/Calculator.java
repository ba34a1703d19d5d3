package com.example.calc;

/** A small class with branches, shared by the coverage ITs (their poms point sourceDirectory here). */
public class Calculator {

    public int add(int a, int b) {
        return a + b;
    }

    public int subtract(int a, int b) {
        return a - b;
    }

    public int divide(int a, int b) {
        if (b == 0) {
            throw new IllegalArgumentException("division by zero");
        }
        return a / b;
    }

    public int max(int a, int b) {
        if (a >= b) {
            return a;
        }
        return b;
    }

    public String describe(int n) {
        if (n < 0) {
            return "negative";
        }
        if (n == 0) {
            return "zero";
        }
        return "positive";
    }
}
