package dev.backendbuilder.design;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses rate limits written as {@code 100/min}, {@code 10/s}, {@code 5000/hour}. */
final class RateLimits {

    static final String FORMAT = "'<requests>/<period>' with period s, sec, second, min, minute, h, hour or day (e.g. '100/min')";

    private static final Pattern SHAPE = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*([a-zA-Z]+)\\s*");
    private static final Map<String, Duration> PERIODS = Map.of(
        "s", Duration.ofSeconds(1), "sec", Duration.ofSeconds(1), "second", Duration.ofSeconds(1),
        "min", Duration.ofMinutes(1), "minute", Duration.ofMinutes(1),
        "h", Duration.ofHours(1), "hour", Duration.ofHours(1), "day", Duration.ofDays(1));

    private RateLimits() {
    }

    static Optional<Security.RateLimit> parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int requests = Integer.parseInt(m.group(1));
        Duration period = PERIODS.get(m.group(2).toLowerCase(Locale.ROOT));
        return requests > 0 && period != null ? Optional.of(new Security.RateLimit(requests, period)) : Optional.empty();
    }
}
