package com.articlechat.knowledge;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds text into the form used for matching, so that what a reader types meets what an editor
 * pasted: {@code four-day} must find {@code four‑day} (U+2011), straight quotes must find curly ones.
 * Quotes shown to readers always come from the original text, never from this form.
 */
public final class TextNormalizer {

    // NFKC maps U+2011 to U+2010, not to the ASCII hyphen a keyboard types, so dashes need a second pass.
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    /** Returns NFKC text with dashes, quotes and runs of white space folded to their ASCII forms. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = DASHES.matcher(folded).replaceAll("-");
        folded = SINGLE_QUOTES.matcher(folded).replaceAll("'");
        folded = DOUBLE_QUOTES.matcher(folded).replaceAll("\"");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
