package dev.kairos.engine.venue;

/**
 * How much of a bar's volume our orders may take: at most {@code maxVolumeShare} of it per bar, summed
 * over all our orders in that instrument. The rest stays working for later bars (or is cancelled by
 * IOC/FOK).
 */
public record FillModel(double maxVolumeShare) {
    public FillModel {
        if (!(maxVolumeShare > 0) || maxVolumeShare > 1) {
            throw new IllegalArgumentException("max volume share must be in (0, 1]: " + maxVolumeShare);
        }
    }

    public double capacity(double barVolume) {
        return maxVolumeShare * barVolume;
    }
}
