package dev.kairos.persistence.journal;

import dev.kairos.model.event.Event;
import org.junit.jupiter.api.Test;

class TmpBenchTest {
    @Test
    void bench() {
        for (int round = 0; round < 3; round++) {
            EventEncoder enc = new EventEncoder();
            ChainDigest d = new ChainDigest();
            long start = System.nanoTime();
            String prev = ChainDigest.GENESIS;
            double equity = 10_000.0;
            for (int i = 0; i < 100_000; i++) {
                equity *= 1.0 + 1e-4 * Math.sin(i * 0.01);
                EventEncoder.Encoded e = enc.encode(new Event.EquitySample(1_600_000_000_000L + i * 3_600_000L, equity, 5_000.0,
                        equity - 5_000.0, equity * 1e-3));
                prev = d.hash(prev, i + 1, e.timestamp(), e.kind().label(), e.orderId(), e.instrument(), e.payload());
            }
            System.out.printf("encode+hash: %d ms %s%n", (System.nanoTime() - start) / 1_000_000, prev.substring(0, 8));
        }
    }
}
