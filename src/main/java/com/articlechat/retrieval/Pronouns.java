package com.articlechat.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.articlechat.knowledge.Sentence;

/**
 * Sentences opening with "he" or "she" read as the person they stand for: "He described the visit
 * as a crucial opportunity" is Lee's description, and a question asking how Lee summed up the
 * visit should find Lee in it, as a reader does. News names its subject, then says "he": the person
 * is the one last named as a sentence's subject (a capitalised name right before its verb, "Lee
 * emphasized", "Xi, meanwhile, stressed"). Only what the sentences are matched by changes; what is
 * quoted stays as written. A coreference resolver (Stanford CoreNLP's) would do more, with a model
 * far larger than the rest of the application; this covers the news pattern that matters.
 */
final class Pronouns {

    // Capitalised words, not a pronoun or an article opening the sentence.
    private static final String NAME = "(?!(?:He|She|It|They|We|I|You|This|That|These|Those|The|A|An|His|Her|Its"
            + "|Their)\\b)\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}";
    // "Prime Minister Ishiba said": the person is Ishiba.
    private static final Pattern TITLES = Pattern.compile("^(?:(?:President|Prime|Minister|Premier|Chancellor|King"
            + "|Queen|Mr|Mrs|Ms|Dr|Chairman|Chairwoman|Secretary|Governor|Mayor|Ambassador|General|Senator)\\.?\\s)+");
    private static final Pattern SUBJECT = Pattern.compile("(" + NAME + ")(?:,? (?:also|meanwhile|then|later|however"
            + "|again),?)? (?:has |had |was |is |will )?(?:\\p{Ll}+ed|said|says|told|met|spoke|made|took|gave|went"
            + "|urges|warns|calls|argues|notes)\\b");
    // As the sentence's subject only: "He described the visit...". In "This approach, he said, could
    // create...", he is only who said it, and the sentence is about the approach (measured: reading
    // that one as Lee too lost three questions on what Lee said about the two economies, gained one).
    private static final Pattern PRONOUN = Pattern.compile("^(\\W*)(?:He|She)\\b");

    private Pronouns() {
    }

    /** Each of {@code sentences} (an article's, in reading order) with an opening he or she read as who it is. */
    static Map<Sentence, String> resolved(List<Sentence> sentences) {
        Map<Sentence, String> resolved = new HashMap<>();
        String subject = null;
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            if (subject != null) {
                text = PRONOUN.matcher(text).replaceFirst("$1" + Matcher.quoteReplacement(subject));
            }
            resolved.put(sentence, text);
            Matcher named = SUBJECT.matcher(text);
            if (named.find()) {
                subject = TITLES.matcher(named.group(1)).replaceFirst("");
            }
        }
        return resolved;
    }
}
