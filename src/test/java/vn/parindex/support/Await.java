package vn.parindex.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another JVM (a node of a cluster) does, polling a condition until a deadline. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + within.toSeconds() + " s: " + what + " (node logs in target/nodes)");
            }
            Thread.sleep(200);
        }
    }
}
