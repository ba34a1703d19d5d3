package com.example.text;

/** Counts words. */
public final class Words {

    private Words() {
    }

    /** The number of words separated by white space. */
    public static int count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
