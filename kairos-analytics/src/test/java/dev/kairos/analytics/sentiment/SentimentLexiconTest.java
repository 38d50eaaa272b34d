package dev.kairos.analytics.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing of the lexicon format, its errors, and the bundled resource. */
class SentimentLexiconTest {
    /** SHA-256 of the VADER lexicon as published (the same as in shared/data/SHA256SUMS). */
    private static final String BUNDLED_SHA256 = "ec636f884f36b5de6a4d681b2f61c08c2ec90eeb440472033f3307d0d6fa8bc9";

    @Test
    void theBundledLexiconIsTheUnchangedVaderFileWithItsLicenceBesideIt() throws IOException,
            NoSuchAlgorithmException {
        byte[] bytes;
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(SentimentLexicon.BUNDLED_RESOURCE)) {
            assertThat(in).isNotNull();
            bytes = in.readAllBytes();
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(BUNDLED_SHA256);
        try (InputStream licence = SentimentLexicon.class.getResourceAsStream(
                "/dev/kairos/analytics/sentiment/vader_lexicon.LICENSE.txt")) {
            assertThat(licence).isNotNull();
            String text = new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("The MIT License (MIT)", "Copyright (c) 2016 C.J. Hutto", BUNDLED_SHA256);
        }
    }

    @Test
    void theBundledLexiconIsLoadedOnceWithTheLaterOfTwoEntriesKept() {
        SentimentLexicon lexicon = SentimentLexicon.bundled();

        assertThat(SentimentLexicon.bundled()).isSameAs(lexicon);
        assertThat(lexicon.size()).isEqualTo(7506);
        assertThat(lexicon.duplicates()).isEqualTo(14);
        assertThat(lexicon.valence("good")).hasValue(1.9);
        assertThat(lexicon.valence("horrible")).hasValue(-2.5);
        assertThat(lexicon.valence(":)")).hasValue(2.0);
        assertThat(lexicon.valence("lol")).as("2.9 first, 1.8 later").hasValue(1.8);
        assertThat(lexicon.valence("nonexistentword")).isEmpty();
    }

    @Test
    void extraFieldsBlankLinesCarriageReturnsAndAByteOrderMarkAreTolerated() {
        SentimentLexicon l = SentimentLexicon.parse(List.of("\uFEFFgood\t1.9\t0.9\t[2, 2]\r", "", "  ",
                "bad\t-2.5"), "x");

        assertThat(l.size()).isEqualTo(2);
        assertThat(l.valence("good")).hasValue(1.9);
        assertThat(l.valence("bad")).hasValue(-2.5);
        assertThat(l.duplicates()).isZero();
    }

    @Test
    void badEntriesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> SentimentLexicon.parse(List.of("good\t1.9", "bad -2.5"), "lex.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lex.txt line 2: expected token<TAB>mean valence, found no tab in 'bad -2.5'");
        assertThatThrownBy(() -> SentimentLexicon.parse(List.of("good\tx1.9\t0.1"), "lex.txt"))
                .hasMessage("lex.txt line 1: the mean valence of 'good' is not a number: 'x1.9'");
        assertThatThrownBy(() -> SentimentLexicon.parse(List.of("good\t4.5"), "lex.txt"))
                .hasMessage("lex.txt line 1: the mean valence of 'good' must be a finite number within -4..4, got 4.5");
        assertThatThrownBy(() -> SentimentLexicon.parse(List.of("good\tNaN"), "lex.txt"))
                .hasMessageContaining("must be a finite number");
        assertThatThrownBy(() -> SentimentLexicon.parse(List.of("\t1.0"), "lex.txt"))
                .hasMessage("lex.txt line 1: the token (first field) is empty");
        assertThatThrownBy(() -> SentimentLexicon.parse(List.of("", " "), "lex.txt"))
                .hasMessage("lex.txt: no lexicon entries (expected token<TAB>mean lines)");
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        byte[] bad = {'g', 'o', 'o', 'd', '\t', '1', '\n', (byte) 0xC3, (byte) 0x28, '\t', '1', '\n'};
        assertThatThrownBy(() -> SentimentLexicon.read(new ByteArrayInputStream(bad), "bad.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.txt: not UTF-8 text");
    }
}
