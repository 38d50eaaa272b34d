package dev.kairos.app.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes JSON that is safe to embed verbatim in an HTML {@code <script>} element: {@code <}, {@code >}
 * and {@code &} become {@code \u003C}, {@code \u003E} and {@code \u0026}, so no {@code </script>} or
 * {@code <!--} can appear, and U+2028/U+2029 are escaped too. The result is still plain JSON.
 */
final class ScriptJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(
            new JsonFactoryBuilder().characterEscapes(new ScriptEscapes()).build()).build();

    private ScriptJson() {
    }

    /** The value as script-safe JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report data: " + e.getMessage(), e);
        }
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] asciiEscapes;

        ScriptEscapes() {
            int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes = escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
