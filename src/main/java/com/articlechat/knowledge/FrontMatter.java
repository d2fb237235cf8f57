package com.articlechat.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes article metadata as YAML front matter; SnakeYAML does the quoting, so any title is safe. */
public final class FrontMatter {

    private FrontMatter() {
    }

    /** The front matter block for the non-blank fields given, ending with a newline. */
    public static String of(String title, String source, String url, String published, String byline,
            String language) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title", title);
        put(fields, "source", source);
        put(fields, "url", url);
        put(fields, "published", published);
        put(fields, "byline", byline);
        put(fields, "language", language);
        if (fields.isEmpty()) {
            return "";
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setWidth(10_000);
        return "---\n" + new Yaml(options).dump(fields) + "---\n";
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value.strip());
        }
    }
}
