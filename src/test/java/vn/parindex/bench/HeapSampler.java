package vn.parindex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap every 10 ms from a GC'd start: the used heap (garbage included) and what the heap held just
 * after the collections meanwhile (the live set, the figure that must stay flat).
 */
final class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long afterGc = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage).mapToLong(MemoryUsage::getUsed).sum();
                peakAfterGc.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling; "heap peak X MB used, Y MB after GC, of Z MB". */
    String stop() throws InterruptedException {
        running.set(false);
        thread.join();
        return String.format("heap peak %d MB used, %d MB after GC, of %d MB", peakUsed.get() >> 20, peakAfterGc.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
