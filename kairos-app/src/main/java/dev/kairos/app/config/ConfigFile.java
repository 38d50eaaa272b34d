package dev.kairos.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a YAML config file into {@link SettingValues}, rejecting unknown sections and keys. */
public final class ConfigFile {
    private ConfigFile() {
    }

    /** Reads {@code file}, or throws {@link ConfigProblems} listing every problem in it. */
    public static SettingValues read(Path file) {
        List<String> problems = new ArrayList<>();
        SettingValues out = read(file, problems);
        if (!problems.isEmpty()) {
            throw new ConfigProblems(problems);
        }
        return out;
    }

    /**
     * Reads {@code file}, adding every problem to {@code problems} and returning the values that are fine,
     * so that a caller can report the file's problems together with those of other sources.
     */
    public static SettingValues read(Path file, List<String> problems) {
        String name = file.toString();
        SettingValues out = new SettingValues();
        if (!Files.isRegularFile(file)) {
            problems.add("--config " + name + ": no such file");
            return out;
        }
        JsonNode root;
        try {
            // a key given twice is an error, not "last one wins"
            root = new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
                    .readTree(file.toFile());
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            problems.add("--config " + name + ": not valid YAML: " + msg);
            return out;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return out;
        }
        if (!root.isObject()) {
            problems.add("--config " + name + ": the top level must be a mapping of sections");
            return out;
        }
        List<String> sections = Arrays.stream(Setting.values()).map(s -> s.key().substring(0, s.key().indexOf('.')))
                .distinct().toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            if (!sections.contains(section.getKey())) {
                problems.add("config key '" + section.getKey() + "': unknown section (known: "
                        + String.join(", ", sections) + ")");
                continue;
            }
            if (!section.getValue().isObject()) {
                problems.add("config key '" + section.getKey() + "': must be a mapping");
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = section.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> e = f.next();
                String key = section.getKey() + "." + e.getKey();
                var setting = Setting.byKey(key);
                if (setting.isEmpty()) {
                    problems.add("config key '" + key + "': unknown key (known in " + section.getKey() + ": "
                            + Arrays.stream(Setting.values()).map(Setting::key)
                            .filter(k -> k.startsWith(section.getKey() + "."))
                            .map(k -> k.substring(k.indexOf('.') + 1)).collect(Collectors.joining(", ")) + ")");
                    continue;
                }
                put(out, setting.get(), e.getValue(), key, problems);
            }
        }
        return out;
    }

    private static void put(SettingValues out, Setting s, JsonNode v, String key, List<String> problems) {
        String from = "config key '" + key + "'";
        switch (s.kind()) {
            case TEXT -> {
                if (!v.isValueNode() || v.isNull()) {
                    problems.add(from + ": must be a single value");
                } else {
                    out.putText(s, v.asText(), from);
                }
            }
            case LIST -> {
                List<String> items = new ArrayList<>();
                if (v.isArray()) {
                    for (JsonNode item : v) {
                        if (!item.isValueNode() || item.isNull()) {
                            problems.add(from + ": list items must be single values");
                            return;
                        }
                        items.add(item.asText());
                    }
                } else if (v.isValueNode() && !v.isNull()) {
                    items.add(v.asText());
                } else {
                    problems.add(from + ": must be a value or a list of values");
                    return;
                }
                out.putList(s, items, from);
            }
            case MAP -> {
                if (!v.isObject()) {
                    problems.add(from + ": must be a mapping of name: value");
                    return;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                        problems.add("config key '" + key + "." + e.getKey() + "': must be a single value");
                    } else {
                        m.put(e.getKey(), e.getValue().asText());
                    }
                }
                out.putMap(s, m, from);
            }
        }
    }
}
