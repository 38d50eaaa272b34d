package dev.kairos.persistence.candles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.persistence.csv.BarCsvReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarCsvWriterTest {
    private static final InstrumentId ID = InstrumentId.of("XRP-ETH");

    @TempDir
    Path dir;

    @Test
    void numbersArePlainShortestDecimals() {
        assertThat(BarCsvWriter.price(0.00141342)).isEqualTo("0.00141342");
        assertThat(BarCsvWriter.price(1e-7)).isEqualTo("0.0000001");
        assertThat(BarCsvWriter.price(435.0)).isEqualTo("435");
        assertThat(BarCsvWriter.price(100.0)).isEqualTo("100");
        assertThat(BarCsvWriter.price(611.9)).isEqualTo("611.9");
        assertThat(BarCsvWriter.price(125474.93)).isEqualTo("125474.93");
        assertThat(BarCsvWriter.price(1.5e22)).isEqualTo("15000000000000000000000");
        assertThat(BarCsvWriter.decimal(new BigDecimal("7178.73536200"))).isEqualTo("7178.735362");
        assertThat(BarCsvWriter.decimal(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(BarCsvWriter.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void writesTheSharedFormatAndReadsBack() throws IOException {
        BarSeries s = new BarSeries.Builder(ID, 2)
                .add(1570752000000L, 0.00141342, 0.00141557, 0.00141266, 0.00141418, 1482)
                .add(1570752180000L, 0.0014158, 0.0014158, 0.0014158, 0.0014158, 0)
                .build(60_000);
        DecimalBars bars = new DecimalBars(s, List.of(new BigDecimal("1482"), BigDecimal.ZERO));
        StringWriter text = new StringWriter();
        BarCsvWriter.write(text, bars);
        assertThat(text.toString()).isEqualTo("""
                timestamp,open,high,low,close,volume
                1570752000000,0.00141342,0.00141557,0.00141266,0.00141418,1482
                1570752180000,0.0014158,0.0014158,0.0014158,0.0014158,0
                """);

        Path file = dir.resolve("out/sub/binance_XRP-ETH_1m.csv");
        BarCsvWriter.write(file, bars);
        assertThat(Files.readString(file)).isEqualTo(text.toString());
        BarSeries back = new BarCsvReader().read(file).series();
        assertThat(back.timestamps()).containsExactly(s.timestamps());
        assertThat(back.closes()).containsExactly(s.closes());
        assertThat(back.volumes()).containsExactly(s.volumes());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void exactVolumesMustMatchTheSeries() {
        BarSeries s = new BarSeries.Builder(ID, 1).add(0, 1, 1, 1, 1, 0.3).build(60_000);
        assertThat(new DecimalBars(s, List.of(new BigDecimal("0.3"))).volume(0)).isEqualByComparingTo("0.3");
        assertThat(DecimalBars.of(s).volume(0)).isEqualByComparingTo("0.3");
        assertThatThrownBy(() -> new DecimalBars(s, List.of(new BigDecimal("0.30000000000000004"))))
                .hasMessageContaining("not the double of its exact volume");
        assertThatThrownBy(() -> new DecimalBars(s, List.of())).hasMessageContaining("1 bars but 0 volumes");
    }

    @Test
    void anUnwritableTargetIsAnIoErrorNamingTheFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        BarSeries s = new BarSeries.Builder(ID, 1).add(0, 1, 1, 1, 1, 1).build(60_000);
        Path target = blocker.resolve("out.csv");
        assertThatThrownBy(() -> BarCsvWriter.write(target, DecimalBars.of(s)))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith(target + ": cannot write");
    }
}
