package com.articlechat.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for article ids given or derived through the API: lower-case letters, digits and dashes. */
public final class ArticleIds {

    private static final Pattern VALID = Pattern.compile("[a-z0-9-]{1,100}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_LENGTH = 100;

    private ArticleIds() {
    }

    /** Returns {@code id} if it is a valid article id; an id becomes a file name, so nothing else is let through. */
    public static String requireValid(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new InvalidArticleException("'" + id + "' is not a valid article id: use 1 to 100 lower-case"
                    + " letters, digits and dashes, such as korea-china-visit.");
        }
        return id;
    }

    /** An id made from a title: accents dropped, everything but letters and digits turned into dashes. */
    public static String slugOf(String title) {
        String folded = title == null ? "" : MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastDash = slug.lastIndexOf('-');
            // Cut at a word boundary when one is near, so the id does not end in half a word.
            slug = lastDash > MAX_LENGTH / 2 ? slug.substring(0, lastDash) : slug.replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            throw new InvalidArticleException("No article id can be made from the title '" + title
                    + "'; pass an explicit 'id' such as my-article.");
        }
        return slug;
    }
}
