package dev.kairos.persistence.csv;

import static dev.kairos.persistence.csv.CsvText.HEADER;
import static dev.kairos.persistence.csv.CsvText.bar;
import static dev.kairos.persistence.csv.CsvText.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.persistence.csv.DataFileException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a bar file can be unusable gives a {@link DataFileException} with a one-line message. */
class DataFileErrorsTest {
    static final String EXPECTED = "timestamp,open,high,low,close,volume";

    @TempDir
    Path dir;

    @Test
    void missingFile() {
        Path file = dir.resolve("coinbase_BTC-USD_4h.csv");

        assertFails(file, Problem.MISSING, file + ": file not found");
    }

    @Test
    void directory() {
        assertFails(dir, Problem.DIRECTORY, dir + ": is a directory, not a data file");
    }

    @Test
    void notReadable() throws IOException {
        Path file = write("coinbase_BTC-USD_4h.csv", lines(HEADER, bar(0)));
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "needs POSIX file permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the user running the tests (root?) can read any file");

        assertFails(file, Problem.NOT_READABLE, file + ": not readable (check its permissions)");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty_BTC-USD.csv", "");

        assertFails(file, Problem.EMPTY, file + ": empty file");
    }

    @Test
    void onlyAByteOrderMark() throws IOException {
        Path file = write("bom_BTC-USD.csv", "\uFEFF");

        assertFails(file, Problem.EMPTY, file + ": empty file");
    }

    @Test
    void onlyBlankLines() throws IOException {
        Path file = write("blank_BTC-USD.csv", "\n  \r\n\n");

        assertFails(file, Problem.EMPTY, file + ": empty file (3 blank lines, no header)");
    }

    @Test
    void missingHeader() throws IOException {
        Path file = write("noheader_BTC-USD.csv", lines(bar(0), bar(1)));

        assertFails(file, Problem.MISSING_HEADER, file + ": missing header: line 1 is a data row ('0,10,11,9,10.5,100'); "
                + "expected the header " + EXPECTED);
    }

    @Test
    void wrongHeader() throws IOException {
        Path file = write("other_BTC-USD.csv", lines("time,o,h,l,c,v", bar(0)));

        assertFails(file, Problem.WRONG_HEADER, file + ": wrong header 'time,o,h,l,c,v' on line 1: expected the columns "
                + EXPECTED + " in that order");
    }

    @Test
    void headerColumnsInTheWrongOrder() throws IOException {
        Path file = write("order_BTC-USD.csv", lines("timestamp,open,low,high,close,volume", bar(0)));

        assertFails(file, Problem.WRONG_HEADER, file + ": wrong header 'timestamp,open,low,high,close,volume' on line 1 "
                + "(right columns, wrong order): expected the columns " + EXPECTED + " in that order");
    }

    @Test
    void headerWithAnExtraColumn() throws IOException {
        Path file = write("extra_BTC-USD.csv", lines(HEADER + ",trades", bar(0)));

        assertFails(file, Problem.WRONG_HEADER, file + ": wrong header '" + HEADER + ",trades' on line 1: expected the "
                + "columns " + EXPECTED + " in that order");
    }

    @Test
    void headerButNoDataRows() throws IOException {
        Path file = write("header_BTC-USD.csv", HEADER + "\r\n\r\n");

        assertFails(file, Problem.NO_DATA_ROWS, file + ": has a header but no data rows; expected rows of " + EXPECTED);
    }

    @Test
    void noRowAccepted() throws IOException {
        Path file = write("bad_BTC-USD.csv", lines(HEADER, "1,2,3", "60000,10,9,11,10,1"));

        DataFileException e = assertFails(file, Problem.NO_ROWS_ACCEPTED, file + ": no rows accepted: 2 parsed, 0 outside "
                + "the window [.., ..), 2 malformed (wrong column count ×1 (line 2); high below low ×1 (line 3))");
        assertThat(e.report().orElseThrow().malformed()).isEqualTo(2);
    }

    @Test
    void noInstrumentInTheFileName() throws IOException {
        Path file = write("my bars.csv", lines(HEADER, bar(0)));

        DataFileException e = assertFails(file, Problem.UNKNOWN_INSTRUMENT, null);
        assertThat(e.getMessage()).startsWith(file + ": no instrument in file name 'my bars.csv' ('my bars': ")
                .endsWith("; name the instrument in the options");
    }

    @Test
    void fileProblemsHaveNoReport() {
        DataFileException e = assertFails(dir.resolve("nope.csv"), Problem.MISSING, null);

        assertThat(e.report()).isEmpty();
        assertThat(e.file()).isEqualTo(dir.resolve("nope.csv").toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static DataFileException assertFails(Path file, Problem problem, String message) {
        DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
                () -> new BarCsvReader().read(file));
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(file + ": ");
        if (message != null) {
            assertThat(e.getMessage()).isEqualTo(message);
        }
        return e;
    }

    @Test
    void streamErrorsNameTheStream() {
        assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> CsvText.read(""))
                .withMessage("test_BTC-USD_1m.csv: empty file");
    }
}
