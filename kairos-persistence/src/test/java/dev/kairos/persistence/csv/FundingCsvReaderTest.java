package dev.kairos.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.InstrumentId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundingCsvReaderTest {
    private static final InstrumentId PERP = InstrumentId.of("XRP-USDT-PERP");

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("funding.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsRatesAndIgnoresExtraColumns() throws IOException {
        var r = new FundingCsvReader(BadRowPolicy.SKIP).read(file(
                "timestamp,rate,exchange\n1000,0.0001,binance\n\n29001,-0.00025,binance\r\n"), PERP);
        assertThat(r.parsed()).isEqualTo(2);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rates().size()).isEqualTo(2);
        assertThat(r.rates().time(1)).isEqualTo(29001);
        assertThat(r.rates().rate(1)).isEqualTo(-0.00025);
        assertThat(r.rates().firstAtOrAfter(1001)).isEqualTo(1);
    }

    @Test
    void countsEveryMalformedKindWithLineNumbers() throws IOException {
        String text = "timestamp,rate\n"      // line 1
                + "1000,0.0001\n"               // 2 ok
                + "1000,0.0002\n"               // 3 duplicate
                + "900,0.0002\n"                // 4 out of order
                + "2000,abc\n"                  // 5 non-numeric
                + "3000,NaN\n"                  // 6 not finite
                + "4000\n"                      // 7 wrong column count
                + "5000,0.0003\n";              // 8 ok
        var r = new FundingCsvReader(BadRowPolicy.SKIP).read(file(text), PERP);
        assertThat(r.parsed()).isEqualTo(7);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.malformed()).isEqualTo(5);
        assertThat(r.defects()).extracting(d -> d.defect() + "@" + d.firstLines()).containsExactlyInAnyOrder(
                "DUPLICATE_TIMESTAMP@[3]", "OUT_OF_ORDER_TIMESTAMP@[4]", "NON_NUMERIC@[5]", "NOT_FINITE@[6]",
                "WRONG_COLUMN_COUNT@[7]");
        assertThatThrownBy(() -> new FundingCsvReader(BadRowPolicy.FAIL).read(file(text), PERP))
                .isInstanceOf(DataFileException.class).hasMessageContaining("5 malformed funding rows")
                .hasMessageContaining("line");
    }

    @Test
    void fileErrorsAreOneLine() throws IOException {
        var reader = new FundingCsvReader(BadRowPolicy.SKIP);
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.csv"), PERP)).isInstanceOf(DataFileException.class)
                .hasMessageEndingWith("file not found");
        assertThatThrownBy(() -> reader.read(file(""), PERP)).hasMessageEndingWith("empty file");
        assertThatThrownBy(() -> reader.read(file("time,price\n1,2\n"), PERP))
                .hasMessageContaining("expected a header starting with timestamp,rate");
        assertThatThrownBy(() -> reader.read(file("timestamp,rate\n"), PERP))
                .hasMessageContaining("no funding rows");
    }

    @Test
    void readsTheSharedBinanceFundingFile() {
        Path shared = Path.of("").toAbsolutePath();
        while (shared != null && !Files.isDirectory(shared.resolve("shared/data"))) {
            shared = shared.getParent();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "../shared/data not found: skipped");
        var r = new FundingCsvReader(BadRowPolicy.FAIL).read(
                shared.resolve("shared/data/futures/binance_XRP-USDT-PERP_funding_8h.csv"), PERP);
        // README: 91 rows, rates from -0.00219334 to 0.00058316
        assertThat(r.accepted()).isEqualTo(91);
        double min = 1;
        double max = -1;
        for (int i = 0; i < r.rates().size(); i++) {
            min = Math.min(min, r.rates().rate(i));
            max = Math.max(max, r.rates().rate(i));
        }
        assertThat(min).isEqualTo(-0.00219334);
        assertThat(max).isEqualTo(0.00058316);
    }
}
