package com.articlechat.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and the words that stand for them in news: the adjective ("Chinese") and the capital
 * ("Beijing", "Seoul" for South Korea). A table, not a library: the JDK's locales name countries but
 * know neither adjectives nor capitals, and no gazetteer ships in a jar we use. It lives in
 * {@code retrieval/countries.tsv}, so adding a country is a line of data.
 */
final class Countries {

    /** One country: every form that stands for it, its name first. */
    record Country(String name, List<String> forms) {
    }

    private static final String TABLE = "/retrieval/countries.tsv";
    private static final Map<String, Country> BY_FORM = load();

    private Countries() {
    }

    /** The country {@code form} ("Tokyo", "Japanese", "japan's") stands for, if it is one we know. */
    static Optional<Country> of(String form) {
        String key = form.strip().replaceAll("(?:'s|’s)$", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_FORM.get(key));
    }

    private static Map<String, Country> load() {
        Map<String, Country> byForm = new HashMap<>();
        try (InputStream stream = Countries.class.getResourceAsStream(TABLE)) {
            if (stream == null) {
                throw new IllegalStateException(TABLE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> forms = new ArrayList<>();
                for (String column : line.split("\t", -1)) {
                    for (String form : column.split("\\|")) {
                        if (!form.isBlank()) {
                            forms.add(form.strip());
                        }
                    }
                }
                Country country = new Country(forms.get(0), List.copyOf(forms));
                forms.forEach(form -> byForm.putIfAbsent(form.toLowerCase(Locale.ROOT), country));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + TABLE + " failed", e);
        }
        return Map.copyOf(byForm);
    }
}
