package com.example.calc;

/** New on the feature branch; only its first path is tested. */
public class Discount {

    public int apply(int price, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of range: " + percent);
        }
        return price * (100 - percent) / 100;
    }

    public int applyTwice(int price, int percent) {
        int once = apply(price, percent);
        int twice = apply(once, percent);
        return twice;
    }

    public String label(int percent) {
        if (percent == 0) {
            return "no discount";
        }
        if (percent >= 50) {
            return "half price or better";
        }
        return percent + " % off";
    }
}
