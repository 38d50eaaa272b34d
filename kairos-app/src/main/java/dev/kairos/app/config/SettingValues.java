package dev.kairos.app.config;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw setting values from one source (the config file or the command line), with where each came from
 * so that problems can name it.
 */
public final class SettingValues {
    private final Map<Setting, String> text = new EnumMap<>(Setting.class);
    private final Map<Setting, List<String>> lists = new EnumMap<>(Setting.class);
    private final Map<Setting, Map<String, String>> maps = new EnumMap<>(Setting.class);
    private final Map<Setting, String> origin = new EnumMap<>(Setting.class);

    public SettingValues putText(Setting s, String value, String from) {
        text.put(s, value);
        origin.put(s, from);
        return this;
    }

    public SettingValues putList(Setting s, List<String> value, String from) {
        lists.put(s, List.copyOf(value));
        origin.put(s, from);
        return this;
    }

    public SettingValues putMap(Setting s, Map<String, String> value, String from) {
        maps.put(s, new LinkedHashMap<>(value));
        origin.put(s, from);
        return this;
    }

    public Optional<String> text(Setting s) {
        return Optional.ofNullable(text.get(s));
    }

    public Optional<List<String>> list(Setting s) {
        return Optional.ofNullable(lists.get(s));
    }

    public Optional<Map<String, String>> map(Setting s) {
        return Optional.ofNullable(maps.get(s));
    }

    /** Where the value came from, e.g. {@code --fee-bps} or {@code config key execution.fee_bps}. */
    public Optional<String> origin(Setting s) {
        return Optional.ofNullable(origin.get(s));
    }

    public boolean has(Setting s) {
        return origin.containsKey(s);
    }
}
