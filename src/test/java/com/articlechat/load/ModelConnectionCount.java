package com.articlechat.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the open TCP connections to one port, as the kernel lists them in {@code /proc/net/tcp}:
 * the connections the application holds to the model server, whatever the server itself can tell.
 * Sampled on a thread of its own; Linux only.
 */
final class ModelConnectionCount implements AutoCloseable {

    private static final String ESTABLISHED = "01";

    private final String portHex;
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    ModelConnectionCount(int port) {
        this.portHex = String.format(Locale.ROOT, "%04X", port);
        sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(now(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "model-connection-count");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Established connections whose remote end is the port, now. */
    int now() {
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[2].endsWith(":" + portHex) && fields[3].equals(ESTABLISHED)) {
                        count++;
                    }
                }
            } catch (IOException e) {
                // No such table (IPv6 off, or not Linux): nothing to count there.
            }
        }
        return count;
    }

    int peak() {
        return peak.get();
    }

    @Override
    public void close() {
        running.set(false);
        sampler.interrupt();
    }
}
