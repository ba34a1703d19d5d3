package com.example;

import java.util.Random;

/** Issues session tokens from a predictable generator. */
public class Tokens {
    public String newToken() {
        return Long.toHexString(new Random().nextLong());
    }
}
