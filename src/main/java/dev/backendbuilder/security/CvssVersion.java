package dev.backendbuilder.security;

import java.util.Locale;

/** The CVSS versions a vulnerability can be scored in, as the policy names them. */
public enum CvssVersion {
    /** CVSS v4.0. */
    V4,
    /** CVSS v3.0 or v3.1. */
    V3,
    /** CVSS v2. */
    V2;

    /** Parses {@code v4}, {@code V3}, {@code 2}, … as a user writes them. */
    public static CvssVersion parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (CvssVersion version : values()) {
            if (version.name().equals(key) || version.name().substring(1).equals(key)) {
                return version;
            }
        }
        throw new IllegalArgumentException("unknown CVSS version '" + text.trim() + "'; use v4, v3 or v2");
    }
}
