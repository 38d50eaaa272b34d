package dev.kairos.persistence.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private final CanonicalJson json = new CanonicalJson();

    @Test
    void writesCompactJsonWithCommasInPlace() {
        String text = json.reset().beginObject()
                .field("a", 1L)
                .name("b").beginArray().value("x").value(2.5).beginObject().endObject().nullValue().endArray()
                .field("c", true)
                .name("d").beginObject().field("e", "f").endObject()
                .endObject().toString();
        assertThat(text).isEqualTo("{\"a\":1,\"b\":[\"x\",2.5,{},null],\"c\":true,\"d\":{\"e\":\"f\"}}");
    }

    @Test
    void doublesAreShortestRoundTripTextAndNonFiniteOnesAreStrings() throws Exception {
        String text = json.reset().beginArray()
                .value(0.1 + 0.2).value(1e21).value(1e-7).value(-0.0).value(100.0)
                .value(Double.NaN).value(Double.POSITIVE_INFINITY).value(Double.NEGATIVE_INFINITY)
                .endArray().toString();
        assertThat(text).isEqualTo(
                "[0.30000000000000004,1.0E21,1.0E-7,-0.0,100.0,\"NaN\",\"Infinity\",\"-Infinity\"]");
        JsonNode parsed = new ObjectMapper().readTree(text);
        assertThat(parsed.get(0).doubleValue()).isEqualTo(0.1 + 0.2);
        assertThat(parsed.get(1).doubleValue()).isEqualTo(1e21);
    }

    @Test
    void escapesQuotesControlAndNonAsciiCharacters() throws Exception {
        String nasty = "quote\" backslash\\ newline\n tab\t nul\u0000 del\u007f é € 😀";
        String text = json.reset().beginObject().field("s", nasty).endObject().toString();
        assertThat(text).isEqualTo("{\"s\":\"quote\\\" backslash\\\\ newline\\n tab\\t nul\\u0000 del\\u007f "
                + "\\u00e9 \\u20ac \\ud83d\\ude00\"}");
        assertThat(new ObjectMapper().readTree(text).get("s").asText()).isEqualTo(nasty);
    }

    @Test
    void unbalancedDocumentsAreRefused() {
        assertThatThrownBy(() -> json.reset().beginObject().toString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> json.reset().beginObject().name("a").endObject())
                .isInstanceOf(IllegalStateException.class);
    }
}
