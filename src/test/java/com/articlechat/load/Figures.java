package com.articlechat.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations collected from many calls, summarised as a load report gives them. */
final class Figures {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(Duration duration) {
        nanos.add(duration.toNanos());
    }

    int count() {
        return nanos.size();
    }

    Duration max() {
        return percentile(100);
    }

    Duration percentile(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return Duration.ofNanos(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }

    /** "p50 12 ms · p95 40 ms · max 80 ms" */
    String summary() {
        return "p50 " + ms(percentile(50)) + " · p95 " + ms(percentile(95)) + " · p99 " + ms(percentile(99))
                + " · max " + ms(max());
    }

    static String ms(Duration duration) {
        long millis = duration.toMillis();
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : millis + " ms";
    }
}
