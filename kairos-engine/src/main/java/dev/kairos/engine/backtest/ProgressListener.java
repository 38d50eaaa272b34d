package dev.kairos.engine.backtest;

/** Told how far a run has got; called from the engine thread every few thousand bars. */
public interface ProgressListener {
    void onProgress(long barsDone, long barsTotal);

    static ProgressListener none() {
        return (done, total) -> {
        };
    }
}
