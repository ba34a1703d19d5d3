package dev.backendbuilder.design.random;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/** The one source of randomness of a design: a seeded {@link Random}, so a seed always gives the same design. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Inclusive on both ends. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    long between(long low, long high) {
        return low + Math.floorMod(random.nextLong(), high - low + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A random non-empty subset, in the order of {@code options}. */
    <T> List<T> someOf(List<T> options, int atLeast) {
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(atLeast, options.size())) {
            chosen.clear();
            for (T option : options) {
                if (random.nextBoolean()) {
                    chosen.add(option);
                }
            }
        }
        return chosen;
    }

    /** An element of {@code options} not in {@code taken}, or null when all are taken. */
    <T> T pickFree(List<T> options, Collection<T> taken) {
        List<T> free = new ArrayList<>(options);
        free.removeAll(taken);
        return free.isEmpty() ? null : pick(free);
    }

    long nextLong() {
        return random.nextLong();
    }
}
