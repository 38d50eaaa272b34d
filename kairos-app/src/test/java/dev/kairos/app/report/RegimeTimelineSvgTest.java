package dev.kairos.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class RegimeTimelineSvgTest {
    private static final long H4 = 14_400_000L;

    @Test
    void oneBandPerRunOfARegimeAndNoneForWarmUp() throws Exception {
        long[] time = new long[8];
        double[] close = new double[8];
        for (int i = 0; i < 8; i++) {
            time[i] = 1_700_000_000_000L + i * H4;
            close[i] = 100 + i;
        }
        int[] regime = {-1, -1, 0, 0, 3, 3, 3, 0};

        String svg = RegimeTimelineSvg.render("BTC <4h> & more", time, close, regime);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        var rects = doc.getElementsByTagName("rect");
        int bands = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("0.35".equals(rects.item(i).getAttributes().getNamedItem("fill-opacity") == null ? ""
                    : rects.item(i).getAttributes().getNamedItem("fill-opacity").getNodeValue())) {
                bands++;
            }
        }
        assertThat(bands).as("bull, quiet, bull").isEqualTo(3);
        assertThat(svg).contains("BTC &lt;4h&gt; &amp; more").contains("bull_trend").contains("quiet_range")
                .contains("2023-11-14");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
    }

    @Test
    void badInputIsAClearError() {
        assertThatThrownBy(() -> RegimeTimelineSvg.render("x", new long[] {1, 2}, new double[] {1, -1},
                new int[2])).hasMessageContaining("positive");
        assertThatThrownBy(() -> RegimeTimelineSvg.render("x", new long[] {1}, new double[] {1}, new int[1]))
                .hasMessageContaining("at least 2 bars");
        assertThatThrownBy(() -> RegimeTimelineSvg.render("x", new long[] {1, 2}, new double[] {1, 2},
                new int[1])).hasMessageContaining("one value per bar");
    }
}
