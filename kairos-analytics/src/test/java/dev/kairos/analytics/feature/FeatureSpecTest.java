package dev.kairos.analytics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Feature names: the seed names exactly, windows after an underscore, catalogue columns by their name. */
class FeatureSpecTest {

    @Test
    void seedNamesParseToTheirDefaults() {
        for (FeatureSpec spec : FeatureSpec.seed()) {
            assertThat(FeatureSpec.parse(spec.name())).isEqualTo(spec);
        }
        assertThat(FeatureSpec.parse("volumeZ_50")).isEqualTo(new FeatureSpec.VolumeZ(50));
        assertThat(FeatureSpec.parse("bodyOverAtr_7").name()).isEqualTo("bodyOverAtr_7");
        assertThat(FeatureSpec.parse("realizedVol_30")).isEqualTo(new FeatureSpec.RealizedVol(30));
    }

    @Test
    void catalogueColumnsParse() {
        assertThat(FeatureSpec.parse("rsi_14")).isEqualTo(FeatureSpec.IndicatorOutput.of("rsi", "rsi", 14));
        FeatureSpec hist = FeatureSpec.parse("macd_hist_12_26_9");
        assertThat(hist).isEqualTo(FeatureSpec.IndicatorOutput.of("macd", "macd_hist", 12, 26, 9));
        assertThat(((FeatureSpec.IndicatorOutput) hist).outputIndex()).isEqualTo(2);
        assertThat(FeatureSpec.parse("macd_12_26_9")).isEqualTo(FeatureSpec.IndicatorOutput.of("macd", "macd", 12,
                26, 9));
        assertThat(FeatureSpec.parse("bb_percent_b_20_2").name()).isEqualTo("bb_percent_b_20_2");
        assertThat(FeatureSpec.parse("sar_0.02_0.2")).isEqualTo(FeatureSpec.IndicatorOutput.of("sar", "sar", 0.02,
                0.2));
        assertThat(FeatureSpec.parse("obv")).isEqualTo(FeatureSpec.IndicatorOutput.of("obv", "obv"));
        assertThat(FeatureSpec.parse("linreg_slope_14").name()).isEqualTo("linreg_slope_14");
        assertThat(FeatureSpec.IndicatorOutput.withDefaults("stoch", "stoch_slowd").name())
                .isEqualTo("stoch_slowd_14_3_3");
    }

    @Test
    void everyCatalogueColumnRoundTrips() {
        for (FeatureSpec spec : SideInputsFixture.everything().specs()) {
            assertThat(FeatureSpec.parse(spec.name())).as(spec.name()).isEqualTo(spec);
        }
    }

    @Test
    void unknownOrNonCanonicalNamesAreRefused() {
        assertThatThrownBy(() -> FeatureSpec.parse("bodyoveratr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bodyOverAtr").hasMessageContaining("rsi_14");
        assertThatThrownBy(() -> FeatureSpec.parse("rsi")).as("arguments are part of the name")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureSpec.parse("rsi_14.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureSpec.parse("rsi_0")).as("out of range").isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureSpec.parse("volumeZ_20")).hasMessageContaining("name it 'volumeZ'");
        assertThatThrownBy(() -> FeatureSpec.parse("volumeZ_1")).hasMessageContaining(">= 2");
        assertThatThrownBy(() -> FeatureSpec.IndicatorOutput.of("macd", "macd_hist", 12, 26))
                .hasMessageContaining("3 arguments");
        assertThatThrownBy(() -> FeatureSpec.IndicatorOutput.of("macd", "nope", 12, 26, 9))
                .hasMessageContaining("macd_signal");
        assertThatThrownBy(() -> FeatureSpec.IndicatorOutput.of("rsi", "rsi", 14.5))
                .hasMessageContaining("integer");
        assertThatThrownBy(() -> FeatureSpec.IndicatorOutput.of("nope", "nope")).hasMessageContaining("nope");
    }

    @Test
    void schemaNamesAreUniqueAndIndexed() {
        FeatureSchema schema = FeatureSchema.parse(List.of("bodyOverAtr", "rsi_14", "macd_hist_12_26_9"));
        assertThat(schema.indexOf("rsi_14")).isEqualTo(1);
        assertThat(schema.find("nope")).isEmpty();
        assertThat(schema.plus(new FeatureSpec.VolumeZ()).names()).containsExactly("bodyOverAtr", "rsi_14",
                "macd_hist_12_26_9", "volumeZ");
        assertThatThrownBy(() -> schema.plus(new FeatureSpec.BodyOverAtr(14)))
                .hasMessageContaining("two features named 'bodyOverAtr'");
        assertThatThrownBy(() -> FeatureSchema.of(new FeatureSpec.ObImbalance(),
                new FeatureSpec.ObImbalance(MaxAge.bars(3)))).as("the maximum age is not part of the name")
                .hasMessageContaining("two features");
    }

    @Test
    void maxAgeValidates() {
        assertThat(MaxAge.bars(2).millis(60_000)).isEqualTo(120_000);
        assertThat(MaxAge.unlimited().millis(60_000)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> MaxAge.bars(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaxAge.of(java.time.Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
