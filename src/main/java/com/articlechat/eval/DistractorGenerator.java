package com.articlechat.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.articlechat.knowledge.ArticleIds;

/**
 * Writes a reproducible corpus of news-like distractor articles, so retrieval can be measured
 * among hundreds of articles rather than one.
 *
 * <p>Every article is generated text, assembled from the templates in {@link DistractorTopics}
 * with invented people, companies and outlets; nothing is copied from a publication, so the corpus
 * carries no licence and may be regenerated and shared freely. Its front matter says so:
 * {@code source: "article-chat distractor generator, seed N"}.
 *
 * <p>The same count and seed always give the same articles, byte for byte: everything is drawn
 * from {@link Random}, whose algorithm the JDK specifies, in a fixed order, and numbers and dates
 * are formatted without the default locale. At least {@value #HARD_SHARE_PERCENT}% of the
 * articles are hard distractors about Northeast Asian diplomacy and trade (see
 * {@link DistractorTopics} for what they never say).
 */
public final class DistractorGenerator {

    static final int HARD_SHARE_PERCENT = 35;

    private static final Pattern PERSON = Pattern.compile("\\{person\\d*}");
    private static final Pattern ATTRIBUTED = Pattern.compile("\\b(said|says|told|according)\\b");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)(\\d*)}");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine"};
    private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1);
    private static final int MAX_SLUG = 60;

    /**
     * {@code count} articles for {@code seed}, numbered from 1; article {@code i} has the id
     * {@code distractor-000i-<slug of its title>}.
     */
    public List<GeneratedArticle> generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Random master = new Random(seed);
        // An exact share rather than a coin per article, so every run, however small, has its hard ones.
        boolean[] hard = new boolean[count];
        int hardCount = (count * HARD_SHARE_PERCENT + 99) / 100;
        for (int i = 0; i < hardCount; i++) {
            hard[i] = true;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = master.nextInt(i + 1);
            boolean swap = hard[i];
            hard[i] = hard[j];
            hard[j] = swap;
        }
        List<GeneratedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // One generator per article, seeded from the master: an article's text depends only on its own draws.
            articles.add(article(i + 1, hard[i], new Random(master.nextLong()), seed));
        }
        return articles;
    }

    /**
     * Writes {@link #generate} as {@code <id>.md} files into {@code dir}, creating it, and returns how
     * many were written. Distractors of an earlier run in that folder are deleted first, so that the
     * folder holds exactly the corpus of this count and seed.
     */
    public int writeTo(Path dir, int count, long seed) throws IOException {
        List<GeneratedArticle> articles = generate(count, seed);
        Files.createDirectories(dir);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "distractor-*.md")) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
        for (GeneratedArticle article : articles) {
            Files.writeString(dir.resolve(article.id() + ".md"), article.markdown(), StandardCharsets.UTF_8);
        }
        return articles.size();
    }

    private static GeneratedArticle article(int number, boolean hard, Random random, long seed) {
        List<DistractorTopics.Topic> topics = hard ? DistractorTopics.HARD : DistractorTopics.EASY;
        DistractorTopics.Topic topic = pick(topics, random);
        Slots slots = new Slots(topic, random);
        DistractorTopics.Opening opening = pick(topic.openings(), random);
        String title = capitalise(slots.fill(opening.title()));

        List<String> generic = new ArrayList<>(hard ? DistractorTopics.HARD_GENERIC : DistractorTopics.EASY_GENERIC);
        Collections.shuffle(generic, random);
        List<String> templates = new ArrayList<>(topic.body());
        templates.addAll(generic.subList(0, 2));
        Collections.shuffle(templates, random);
        quotesAfterSpeakers(templates);

        int paragraphs = 4 + random.nextInt(6);
        boolean closingLine = random.nextInt(2) == 0;
        int[] sizes = new int[paragraphs - (closingLine ? 1 : 0)];
        sizes[0] = random.nextInt(3) == 0 ? 2 : 1;
        for (int i = 1; i < sizes.length; i++) {
            int roll = random.nextInt(100);
            sizes[i] = roll < 25 ? 1 : roll < 65 ? 2 : roll < 90 ? 3 : 4;
        }
        fit(sizes, templates.size() + 1);

        List<String> body = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < sizes.length; p++) {
            List<String> sentences = new ArrayList<>();
            if (p == 0) {
                sentences.add(opening.lead());
            }
            while (sentences.size() < sizes[p]) {
                sentences.add(attributed(templates.get(next++), hard, slots, random));
            }
            body.add(String.join(" ", sentences.stream().map(s -> capitalise(slots.fill(s))).toList()));
        }
        if (closingLine) {
            body.add(capitalise(slots.fill(pick(closingLines(hard), random))));
        }

        String slug = ArticleIds.slugOf(title);
        if (slug.length() > MAX_SLUG) {
            int dash = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, dash > MAX_SLUG / 2 ? dash : MAX_SLUG);
        }
        String id = String.format(Locale.ROOT, "distractor-%04d-%s", number, slug);
        String published = FIRST_DATE.plusDays(random.nextInt(731)).toString();
        String markdown = "---\n"
                + "title: " + yamlString(title) + "\n"
                + "source: " + yamlString("article-chat distractor generator, seed " + seed) + "\n"
                + "published: " + yamlString(published) + "\n"
                + "byline: " + yamlString(slots.fill("{person5}")) + "\n"
                + "language: en\n"
                + "---\n\n"
                + String.join("\n\n", body) + "\n";
        return new GeneratedArticle(id, title, topic.name(), hard, markdown);
    }

    /**
     * Moves a quote that names its speaker bare ({@code "...," {person} said}) after the sentence
     * that introduces that speaker ({@code {person}, chief economist at ...}), as a reporter orders them.
     */
    private static void quotesAfterSpeakers(List<String> templates) {
        int i = 0;
        while (i < templates.size()) {
            String quote = templates.get(i);
            Matcher speaker = PERSON.matcher(quote);
            int introduction = -1;
            if (quote.startsWith("\"") && speaker.find() && !quote.contains(speaker.group() + ",")) {
                for (int j = i + 1; j < templates.size() && introduction < 0; j++) {
                    if (templates.get(j).contains(speaker.group() + ",")) {
                        introduction = j;
                    }
                }
            }
            if (introduction < 0) {
                i++;
            } else {
                templates.add(introduction, templates.remove(i));
            }
        }
    }

    /**
     * Half the plain statements get a source, each its own: "..., officials said on Monday." A
     * sentence that already says who said it, or ends in a quotation, is left as it is.
     */
    private static String attributed(String template, boolean hard, Slots slots, Random random) {
        if (!template.endsWith(".") || template.contains("\"") || ATTRIBUTED.matcher(template).find()
                || random.nextInt(2) == 0) {
            return template;
        }
        String ending = pick(hard ? DistractorTopics.HARD_ATTRIBUTIONS : DistractorTopics.EASY_ATTRIBUTIONS, random);
        return template.substring(0, template.length() - 1) + slots.fresh(ending);
    }

    /** The closing line of some articles: who reported it, or where it came from, as wire copy says. */
    private static List<String> closingLines(boolean hard) {
        return hard
                ? List.of("Reporting by {person5} in {bureau} and {person6} in {bureau2}; editing by {person7}.",
                        "Source: {outlet} | {outlet2}",
                        "Additional reporting by {person6} in {bureau}.")
                : List.of("Reporting by {person5} in {city}; editing by {person6}.",
                        "Source: {outlet} | {outlet2}",
                        "Additional reporting by {person6}.");
    }

    /** Shrinks the largest paragraphs until the article needs no more sentences than it has templates. */
    private static void fit(int[] sizes, int available) {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        while (total > available) {
            int largest = 0;
            for (int i = 1; i < sizes.length; i++) {
                if (sizes[i] > sizes[largest]) {
                    largest = i;
                }
            }
            sizes[largest]--;
            total--;
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String yamlString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The slot values of one article. A value is drawn the first time its slot is used and kept, so
     * every sentence names the same people and numbers; slots of one kind never share a value.
     */
    private static final class Slots {

        private final DistractorTopics.Topic topic;
        private final Random random;
        // Looked up only, never iterated: the order of a HashMap must not reach the output.
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Set<String>> usedByKind = new HashMap<>();
        private int freshSlots;

        Slots(DistractorTopics.Topic topic, Random random) {
            this.topic = topic;
            this.random = random;
        }

        /** Renames the slots of {@code template} so they draw new values: another person, another day. */
        String fresh(String template) {
            Matcher slot = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (slot.find()) {
                slot.appendReplacement(out, "{" + slot.group(1) + (100 + freshSlots++) + "}");
            }
            slot.appendTail(out);
            return out.toString();
        }

        String fill(String template) {
            Matcher slot = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (slot.find()) {
                slot.appendReplacement(out, Matcher.quoteReplacement(value(slot.group(1), slot.group(0))));
            }
            slot.appendTail(out);
            return out.toString();
        }

        private String value(String kind, String name) {
            String known = values.get(name);
            if (known != null) {
                return known;
            }
            Set<String> used = usedByKind.computeIfAbsent(kind, k -> new HashSet<>());
            String value = draw(kind);
            for (int attempt = 0; attempt < 50 && used.contains(value); attempt++) {
                value = draw(kind);
            }
            used.add(value);
            // Pool values may name slots themselves, "the University of {city}", filled in this article's terms.
            value = fill(value);
            values.put(name, value);
            return value;
        }

        private String draw(String kind) {
            List<String> pool = topic.pools().get(kind);
            if (pool == null) {
                pool = DistractorTopics.SHARED_POOLS.get(kind);
            }
            if (pool != null) {
                return pick(pool, random);
            }
            return switch (kind) {
                case "person" -> pick(DistractorTopics.FIRST_NAMES, random) + " "
                        + pick(DistractorTopics.LAST_NAMES, random);
                case "n" -> count(between(3, 12));
                case "months" -> count(between(3, 11));
                case "count" -> Integer.toString(between(20, 480));
                case "big" -> String.format(Locale.ROOT, "%,d", between(12, 480) * 100);
                case "pct" -> decimal(between(11, 99));
                case "smallpct" -> decimal(between(2, 39));
                case "tenth" -> decimal(between(1, 9));
                case "nmillion" -> decimal(between(21, 98));
                case "bigpct" -> Integer.toString(between(12, 58));
                case "majority" -> Integer.toString(between(55, 92));
                case "money" -> "$" + between(12, 950) + " million";
                case "billions" -> "$" + between(21, 118) + " billion";
                case "price" -> "$" + (between(10, 89) * 10 + 9);
                case "year" -> Integer.toString(between(2008, 2021));
                case "minute" -> ordinal(between(50, 90));
                case "speed" -> Integer.toString(between(90, 160));
                case "mm" -> Integer.toString(between(40, 180));
                case "temp" -> Integer.toString(between(31, 42));
                case "hours" -> Integer.toString(between(3, 14));
                case "km" -> Integer.toString(between(6, 24));
                case "range" -> Integer.toString(between(25, 99) * 10);
                case "capacity" -> Integer.toString(between(5, 90) * 10);
                case "tally" -> tally();
                default -> throw new IllegalStateException("No filler for the slot kind '" + kind + "'");
            };
        }

        private int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        private String tally() {
            int against = between(8, 20);
            return (against + between(2, 12)) + " to " + against;
        }

        /** Newspaper style: numbers below ten in words. */
        private static String count(int n) {
            return n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
        }

        /** 51st, 52nd, 53rd, 54th; the eleven to thirteen of a hundred take "th". */
        private static String ordinal(int n) {
            int lastTwo = n % 100;
            int last = n % 10;
            String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                    : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
            return n + suffix;
        }

        private static String decimal(int tenths) {
            return (tenths / 10) + "." + (tenths % 10);
        }
    }
}
