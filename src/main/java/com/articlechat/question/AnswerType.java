package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.articlechat.knowledge.Paragraph;

/**
 * The kind of answer a question asks for, when its first words say so ("On what date...", "How
 * many..."), and whether a passage holds an answer of that kind at all: the expected answer type of
 * question answering systems. A passage with every word of "On what date did the visit begin?" but
 * no date in it does not answer it, and word counts cannot see that.
 * <p>
 * Only presence is tested, so a few patterns do; a date or number parser (Natty, SUTime) would read
 * the values, which nothing here needs.
 */
enum AnswerType {

    /** "On what date...", "Which exact day...": a calendar date, not just a year. */
    DATE("^(on )?(what|which) (\\w+ )?(date|day)s?\\b", Patterns.CALENDAR),
    /** "In what year...", "Which year...". */
    YEAR("^(in )?(what|which) year\\b", Patterns.YEAR),
    /** "When...": any time: a date, a year, or a span of time ("in several years", "last week"). */
    TIME("^when\\b", Patterns.ANY_TIME),
    /** "How long...": a span of time. */
    DURATION("^how long\\b", Patterns.SPAN),
    /**
     * "How old...", "What is Xi's age?": an age ("61-year-old", "aged 61", "Lee, 61,") or a birth.
     * Any number is not one: "four-day visit" does not say how old Lee is.
     */
    AGE("^how old\\b|^what(?: is|'s| was) (?:the |his |her |their |(?:[\\w.-]+ ){0,3}[\\w.-]+'s )(?:\\w+ )?age\\b",
            Patterns.AGE),
    /**
     * "What is the population of South Korea?", "How populous...": a number of people ("51 million
     * people", "a country of 51 million", "a population of 26 million"). A sum of money is an
     * amount but no population: "$300 billion" in trade does not say how many live in Korea.
     */
    POPULATION("^what (is|was|are|were) the (\\w+ ){0,3}populations? of\\b|^how populous\\b", Patterns.POPULATION),
    /**
     * "How much...", "How big...", "What is the value/cost/price of...": an amount, a figure with a
     * currency, a scale or a unit. A count in words is not one ("the two leaders" does not say how
     * much trade is worth), nor is a year.
     */
    AMOUNT("^how (much|big|large)\\b|^what (is|was|are|were) the (\\w+ ){0,3}(value|cost|price)s? of\\b",
            Patterns.AMOUNT),
    /** "How many...", "What is the number of...": a number, in digits or words. */
    QUANTITY("^how many\\b|^what (is|was|are|were) the (\\w+ ){0,3}number of\\b", Patterns.NUMBER),
    /**
     * "Who reported this story?", "Which outlets is the article sourced from?", "Did any British
     * broadcaster contribute?": where the story comes from, which a credit line says ("Source: The
     * Korea Herald | BBC") or a sentence crediting a news organisation ("..., Yonhap reported"). Such
     * questions share no word with the credit line beyond "source", yet readers checking a story
     * ask them first. The article's own words for who is asked about ("What did Lee report?") do
     * not count: the question must name a news organisation or ask who reported the story itself.
     */
    SOURCE(Patterns.ASKS_SOURCE, Patterns.SOURCE),
    /**
     * "Which Chinese leader did Lee meet?", "What official...": a person named with a title ("Chinese
     * President Xi Jinping"), the way news introduces people, and not one the question names. The
     * sentence on a "meeting with business leaders" shares more words with the question and names
     * no one. "Who..." is not read so: "Who else did Lee sit down with?" is answered by "business
     * leaders".
     */
    PERSON("^(?:with |to )?(?:which|what) (?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\\b)"
            + "[\\w'-]+ ){0,2}(?:leader|president|prime minister|premier|minister"
            + "|official|diplomat|envoy|ambassador|executive|ceo|chairman|chairwoman|chancellor|king|queen"
            + "|spokes(?:man|woman|person))s?\\b", Patterns.TITLED_NAME),
    /**
     * "Which companies attended the business meeting?", "Which party does Lee belong to?": an
     * organisation's name, the way news gives one ("Samsung Electronics", "the Democratic Party"),
     * and not one the question names. After {@link #PERSON}: "Which companies' executives..." asks
     * for people.
     */
    ORGANISATION("^(?:with |to |for |from )?(?:which|what) (?:(?!(?:did|does|do|is|was|are|were|has|have|had|will"
            + "|would|can|could)\\b)[\\w'-]+ ){0,2}(?:compan(?:y|ies)|firms?|corporations?|conglomerates?|chaebols?"
            + "|part(?:y|ies)|brands?|banks?|manufacturers?|automakers?|carmakers?|chipmakers?)\\b(?!')",
            Patterns.ORGANISATION_NAME),
    /**
     * "What phrase did Lee use to describe the visit?": words quoted, the way news reports what
     * someone said. Only preferred, among the first few ranked, and not required: a reader may ask
     * for the words of a sentence that quotes no one, and the question's other words must lead.
     */
    QUOTE("^(?:what|which) (?:[\\w-]+ )?(?:phrase|words|expression|term|slogan|wording|metaphor|image|analogy)s?\\b",
            Patterns.QUOTATION, false),
    /**
     * "What wider aim does the trip reflect?": a purpose, which news gives with a few words
     * ("reflecting Seoul's effort to...", "in a bid to", "aimed at"). Preferred among the first few
     * ranked, like {@link #QUOTE}, and never required. Not "Why...": its answer is as often a
     * cause said without them ("...rather than rely on past momentum"), and it lost four questions.
     */
    PURPOSE("^(?:what|which) (?:[\\w-]+ )?(?:aim|goal|purpose|motive|objective|motivation|intention)s?\\b",
            Patterns.PURPOSE, false),
    /** Anything else: no expectation. */
    ANY((Pattern) null, null);

    // How many of the first ranked a preferred kind of answer reorders.
    private static final int PREFERRED_REACH = 3;

    private final Pattern question;
    private final Pattern answer;
    // Whether a passage without an answer of this kind cannot answer; else it is only preferred.
    private final boolean required;

    AnswerType(Pattern question, Pattern answer) {
        this(question, answer, true);
    }

    AnswerType(String question, Pattern answer) {
        this(Pattern.compile(question), answer, true);
    }

    AnswerType(String question, Pattern answer, boolean required) {
        this(Pattern.compile(question), answer, required);
    }

    AnswerType(Pattern question, Pattern answer, boolean required) {
        this.question = question;
        this.answer = answer;
        this.required = required;
    }

    /** The type {@code question} asks for; {@link #ANY} when its first words do not say. */
    static AnswerType of(String question) {
        String start = QuestionStart.of(question);
        for (AnswerType type : values()) {
            if (type.question != null && type.question.matcher(start).find()) {
                return type;
            }
        }
        return ANY;
    }

    /**
     * {@code ranked} with the items whose text holds an answer of this type first, each group in
     * its own order: the sentence that has a figure is likelier to say how much trade is worth than
     * one that shares more of the question's words but has none. Unchanged for {@link #ANY}.
     */
    <T> List<T> holdersFirst(List<T> ranked, Function<T, String> text, String question) {
        if (answer == null) {
            return ranked;
        }
        // A preference reorders only the first few: past them, the question's words said too
        // little for the kind of answer to make a sentence likelier.
        int reach = required ? ranked.size() : Math.min(PREFERRED_REACH, ranked.size());
        List<T> holders = new ArrayList<>();
        List<T> others = new ArrayList<>();
        for (T item : ranked.subList(0, reach)) {
            (holds(text.apply(item), question) ? holders : others).add(item);
        }
        holders.addAll(others);
        holders.addAll(ranked.subList(reach, ranked.size()));
        return holders;
    }

    /**
     * Whether a passage ({@code text}, normalised) can answer {@code question} as far as the kind
     * of answer goes: it holds one, or this kind is only preferred.
     */
    boolean foundIn(String text, String question) {
        return !required || holds(text, question);
    }

    /** Whether {@code text} (normalised) holds an answer of this type to {@code question}. */
    boolean holds(String text, String question) {
        if (answer == null) {
            return true;
        }
        Matcher found = answer.matcher(text);
        if (this != PERSON && this != ORGANISATION) {
            return found.find();
        }
        // Someone the question does not already name: "Which Chinese leader did Lee meet?" is not
        // answered by "President Lee Jae Myung".
        Set<String> asked = Set.of(question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        while (found.find()) {
            if (Arrays.stream(found.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).noneMatch(asked::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Nested, so that the constants can use the patterns while they are being built. */
    private static final class Patterns {

        private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                + "|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half";
        private static final String UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries";

        // Month and weekday names only capitalised, so that "may" the verb is not a date.
        private static final String CALENDAR_WORDS = "\\b(January|February|March|April|May|June|July|August|September"
                + "|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                + "|(?i:\\b(yesterday|today|tomorrow)\\b)|\\b\\d{1,2}/\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b";
        private static final String YEARS = "\\b(1[0-9]|20)\\d\\d\\b";
        private static final String SPANS = "(?i:\\b(\\d+|" + NUMBER_WORDS + "|a|an|several|few|many)[\\s-]+(" + UNITS + ")\\b)";
        private static final String RELATIVE = "(?i:\\b(last|next|this|coming|past) (week|month|year|decade)\\b|\\bago\\b)";

        private static final String AGE_WORDS = "(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\\w+)?"
                + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen";
        private static final String SCALES = "hundred|thousand|million|billion|trillion";
        private static final String MEASURES = "won|yuan|renminbi|dollars?|euros?|pounds?|yen|tonnes?|tons?|barrels?"
                + "|people|residents|inhabitants|km|kilometres?|kilometers?|miles?|kg|units|percent|per cent";

        static final Pattern NUMBER = Pattern.compile("(?i:\\d|\\b(" + NUMBER_WORDS + ")\\b)");
        // "Lee, 61, said": the news style for an age, so only after a capitalised name.
        static final Pattern AGE = Pattern.compile("(?i:\\b(\\d{1,3}|" + AGE_WORDS + ")[\\s-]years?[\\s-]old\\b"
                + "|\\baged? \\d{1,3}\\b|\\bborn (in|on)\\b)|\\b\\p{Lu}[\\p{L}'-]+, \\d{1,3}[,.)]");
        // A figure with a currency, a scale ("$300 billion", "three million"), a unit or a percent, or
        // digits grouped in thousands: not a bare year ("peaked in 2022") or a count in words.
        static final Pattern AMOUNT = Pattern.compile("[$€£¥₩]\\s?\\d|\\b\\d{1,3}(,\\d{3})+\\b|\\d\\s?%"
                + "|(?i:\\b(\\d[\\d,.]*|a|an|" + NUMBER_WORDS + ")[\\s-]?(" + SCALES + "|bn)\\b"
                + "|\\b(millions|billions|trillions) of\\b|\\b\\d[\\d,.]*\\s?(" + MEASURES + ")\\b)");
        // Not after a currency sign: "$51 million" is money.
        static final Pattern POPULATION = Pattern.compile("(?i)(?<![$€£¥₩]\\s?)\\b(\\d[\\d,.]*|"
                + NUMBER_WORDS + ")(\\s?(" + SCALES + "|m|bn))?\\s+(people|residents|inhabitants|citizens)\\b"
                + "|\\b(population|nation|country|city|people) of"
                + " (about |around |some |nearly |almost |over |more than )?\\d[\\d,.]*(\\s?(" + SCALES + "))?\\b");
        static final Pattern YEAR = Pattern.compile(YEARS);
        static final Pattern CALENDAR = Pattern.compile(CALENDAR_WORDS);
        static final Pattern SPAN = Pattern.compile(SPANS);
        static final Pattern ANY_TIME = Pattern.compile(String.join("|", CALENDAR_WORDS, YEARS, SPANS, RELATIVE));

        // Lower case: questions are matched lower-cased. A source is asked for about the story
        // itself, or as a source ("credited as a source"): "how goods are sourced", "energy sources"
        // and "the source of the tension" are questions about the story's content.
        private static final String NEWS_ORGANISATION = "outlets?|newspapers?|broadcasters?|publications?|publishers?"
                + "|news (organi[sz]ations?|agenc(y|ies)|services?|sites?)|wire services?|press agenc(y|ies)|byline";
        private static final String THE_STORY = "\\b(this|the|that)( news)? (story|article|report|piece|coverage)\\b"
                + "|\\bthis news\\b|\\bthis\\W*$";
        private static final String REPORTED = "\\b(report(ed|ing)|wr[oi]te|written|publish(ed|es)?|covered|authored"
                + "|contribut(e|ed|es|ors?)|comes? from|drawn from|draws? on|based on|originat\\w*|credit\\w*"
                + "|sourced|sources?(?! of\\b))\\b";
        private static final String AS_A_SOURCE = "\\b(as|one of) (a |an |the |its )?sources?\\b";
        static final Pattern ASKS_SOURCE = Pattern.compile("\\b(" + NEWS_ORGANISATION + ")\\b|" + AS_A_SOURCE
                + "|(?=.*(" + THE_STORY + "))(?=.*" + REPORTED + ")");
        // "Chinese President Xi Jinping", "Prime Minister Ishiba": a title, then a capitalised name.
        static final Pattern TITLED_NAME = Pattern.compile("\\b(?:President|Prime Minister|Premier|Minister|Chancellor"
                + "|King|Queen|Mr|Mrs|Ms|Dr|Chairman|Chairwoman|CEO|Secretary|Governor|Mayor|Ambassador|Envoy"
                + "|Senator|General|Spokes(?:man|woman|person))\\.? "
                + "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})");
        // "Samsung Electronics", "Hyundai Motor Group", "the Democratic Party": a capitalised name ending
        // in a word that says what kind of organisation it is; the words before it are the name, which
        // the question must not already have ("Which party...?" names only the kind).
        static final Pattern ORGANISATION_NAME = Pattern.compile("((?:\\p{Lu}[\\p{L}&'’-]*\\s){1,3})(?:Group|Corp"
                + "|Corporation|Inc|Co|Ltd|Company|Electronics|Motors?|Holdings|Industries|Bank|Airlines?|Telecom"
                + "|Steel|Chemicals?|Semiconductors?|Hynix|Party)\\b");
        // Normalised text has straight quotes; single quotes only around words, not in "Lee's".
        static final Pattern QUOTATION = Pattern.compile("\"[^\"]{3,}\"|(?:^|\\s)'[^']{3,}'(?=[\\s,.;:!?]|$)");
        static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:reflect(?:s|ing|ed)?|aim(?:s|ed|ing)? (?:at|to)"
                + "|in order to|so as to|so that|because|due to|in a bid to|efforts? to|seek(?:s|ing)? to|intended to"
                + "|in hopes? of|as part of)\\b");
        static final Pattern SOURCE = Pattern.compile(Paragraph.CREDIT.pattern()
                + "|(?i:\\b(reported|news agency|newspaper|broadcaster|wire service)\\b)");

        private Patterns() {
        }
    }
}
