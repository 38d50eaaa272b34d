package dev.kairos.engine.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/** Bytes allocated by the current thread, from HotSpot's thread MXBean; tests skip where it is missing. */
public final class Allocation {
    private Allocation() {
    }

    /** Bytes allocated by the current thread while running {@code work}. */
    public static long bytesAllocatedBy(Runnable work) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                        && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "skipped: thread allocation measurement is not available on this JVM");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = bean.getThreadAllocatedBytes(id);
        work.run();
        return bean.getThreadAllocatedBytes(id) - before;
    }
}
