package com.articlechat.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns the text of an article file into an {@link Article}: front matter, paragraphs, sentences
 * and offsets.
 *
 * <p>Paragraphs are blocks separated by blank lines. A body with no blank line between its lines,
 * like the seed article (one paragraph per line), is read one paragraph per line: that is how a
 * reader counts them there.
 */
public final class ArticleParser {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");
    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
    private static final Pattern HEADING = Pattern.compile("\\A#{1,6}\\s+(.+)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,][\"'’”)\\]]*\\z");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^\\(?(?i:sources?)\\s*[:\\-–—]\\s*");
    /** Longer than this, a first line is a paragraph, not a headline. */
    private static final int MAX_HEADLINE_WORDS = 25;

    private ArticleParser() {
    }

    /** Parses {@code content} as the article {@code id}; throws {@link InvalidArticleException} when it is unusable. */
    public static Article parse(String id, String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidArticleException("The article '" + id + "' has no text.");
        }
        // Files and uploads are decoded strictly, so U+FFFD here is a character the text really has,
        // not a decoding error.
        if (content.indexOf('\0') >= 0) {
            throw new InvalidArticleException("The article '" + id + "' is not readable text (binary or not UTF-8).");
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Map<String, Object> frontMatter = Map.of();
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            frontMatter = readFrontMatter(id, fm.group(1));
            text = text.substring(fm.end());
        }
        List<int[]> spans = spans(text);
        String headline = null;
        if (frontMatter.isEmpty() && spans.size() > 1 && isHeadline(text.substring(spans.get(0)[0], spans.get(0)[1]))) {
            // A plain-text article opens with its headline: it is the title, not a paragraph a reader counts.
            headline = text.substring(spans.get(0)[0], spans.get(0)[1]);
            spans = spans.subList(1, spans.size());
        }
        List<Paragraph> paragraphs = paragraphs(text, spans);
        if (paragraphs.isEmpty()) {
            throw new InvalidArticleException("The article '" + id + "' has no paragraphs.");
        }
        String source = string(frontMatter, "source");
        if (source == null) {
            source = creditedSource(paragraphs.get(paragraphs.size() - 1));
        }
        ArticleMetadata metadata = new ArticleMetadata(
                headline != null ? headline : title(id, frontMatter, paragraphs),
                source,
                string(frontMatter, "url"),
                string(frontMatter, "published"),
                string(frontMatter, "byline"),
                string(frontMatter, "language"),
                questions(id, frontMatter));
        return new Article(id, version(content), metadata, text, paragraphs);
    }

    private static Map<String, Object> readFrontMatter(String id, String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                return typed;
            }
            return Map.of();
        } catch (YAMLException e) {
            throw new InvalidArticleException("The front matter of '" + id + "' is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String string(Map<String, Object> frontMatter, String key) {
        Object value = frontMatter.get(key);
        return value == null ? null : value.toString().strip();
    }

    /** {@code questions:} as a YAML list of questions, or one question on its own; blank ones are left out. */
    private static List<String> questions(String id, Map<String, Object> frontMatter) {
        Object value = frontMatter.get("questions");
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> questions = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> || item instanceof List<?>) {
                throw new InvalidArticleException("The front matter of '" + id
                        + "' lists 'questions' that are not plain text; write one question per list item.");
            }
            if (item != null && !item.toString().isBlank()) {
                questions.add(item.toString().strip());
            }
        }
        return questions;
    }

    private static String title(String id, Map<String, Object> frontMatter, List<Paragraph> paragraphs) {
        String title = string(frontMatter, "title");
        if (title != null && !title.isBlank()) {
            return title;
        }
        Matcher heading = HEADING.matcher(paragraphs.get(0).text());
        if (heading.find()) {
            return heading.group(1).strip();
        }
        return id.replace('-', ' ');
    }

    /**
     * Whether the first line of a plain-text article is its headline: one short line that does not end
     * as a sentence does. "Ferry strike ends after nine days" is; "The strike ended on Monday." is not.
     */
    static boolean isHeadline(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || LINE_BREAK.matcher(stripped).find() || HEADING.matcher(stripped).find()
                || Paragraph.CREDIT.matcher(stripped).find()) {
            return false;
        }
        int words = stripped.split("\\s+").length;
        return words <= MAX_HEADLINE_WORDS && !SENTENCE_END.matcher(stripped).find();
    }

    /** The outlet named by a closing credit line ("Source: Northfield Gazette"), or null. */
    private static String creditedSource(Paragraph last) {
        Matcher label = SOURCE_LABEL.matcher(last.text());
        return label.find() ? last.text().substring(label.end()).strip() : null;
    }

    private static List<int[]> spans(String text) {
        List<int[]> spans = blocks(text);
        if (spans.size() == 1) {
            spans = lines(text, spans.get(0)[0], spans.get(0)[1]);
        } else if (spans.size() == 2 && LINE_BREAK.matcher(text.substring(spans.get(1)[0], spans.get(1)[1])).find()
                && isHeadline(text.substring(spans.get(0)[0], spans.get(0)[1]))) {
            // A headline, a blank line, then a body written one paragraph per line.
            List<int[]> body = lines(text, spans.get(1)[0], spans.get(1)[1]);
            spans = new ArrayList<>(List.of(spans.get(0)));
            spans.addAll(body);
        }
        return spans;
    }

    private static List<Paragraph> paragraphs(String text, List<int[]> spans) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int sentenceIndex = 1;
        for (int[] span : spans) {
            int number = paragraphs.size() + 1;
            List<Sentence> sentences = sentences(text, span[0], span[1], number, sentenceIndex);
            sentenceIndex += sentences.size();
            paragraphs.add(new Paragraph(number, span[0], span[1], text.substring(span[0], span[1]), sentences));
        }
        return paragraphs;
    }

    /** Blank-line separated blocks, trimmed, as [start, end) spans. */
    private static List<int[]> blocks(String text) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        Matcher blank = BLANK_LINE.matcher(text);
        while (blank.find()) {
            addTrimmed(text, from, blank.start(), spans);
            from = blank.end();
        }
        addTrimmed(text, from, text.length(), spans);
        return spans;
    }

    private static List<int[]> lines(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        Matcher line = LINE.matcher(text).region(start, end);
        while (line.find()) {
            addTrimmed(text, line.start(), line.end(), spans);
        }
        return spans;
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }

    // BreakIterator rather than LangChain4j's sentence splitter: it reports offsets, which the
    // highlighting of quotes needs, and it needs no model file.
    private static List<Sentence> sentences(String text, int start, int end, int paragraph, int firstIndex) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String paragraphText = text.substring(start, end);
        breaks.setText(paragraphText);
        List<Sentence> sentences = new ArrayList<>();
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            int s = start + from;
            int e = start + to;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                sentences.add(new Sentence(firstIndex + sentences.size(), paragraph, s, e, text.substring(s, e)));
            }
        }
        return sentences;
    }

    private static String version(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
