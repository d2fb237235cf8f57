package com.articlechat.retrieval;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
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

    // How far back the subject is looked for: news names it again within a few sentences, and a
    // long article must not be read backwards for every sentence matched.
    private static final int LOOK_BACK = 5;
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

    /**
     * {@code sentence} of {@code article} with an opening he or she read as the subject of the
     * nearest sentence before it that names one; as written when it opens otherwise or none does.
     * A sentence that itself opens with "He" names no subject, so the walk goes past it, to the
     * person it stands for.
     */
    static String resolved(Article article, Sentence sentence) {
        Matcher pronoun = PRONOUN.matcher(sentence.text());
        if (!pronoun.find()) {
            return sentence.text();
        }
        int looked = 0;
        for (int number = sentence.paragraph(); number >= 1 && looked < LOOK_BACK; number--) {
            List<Sentence> sentences = article.paragraph(number).map(Paragraph::sentences).orElse(List.of());
            for (int i = sentences.size() - 1; i >= 0 && looked < LOOK_BACK; i--) {
                Sentence before = sentences.get(i);
                if (before.index() >= sentence.index()) {
                    continue;
                }
                looked++;
                Matcher named = SUBJECT.matcher(before.text());
                if (named.find()) {
                    String subject = TITLES.matcher(named.group(1)).replaceFirst("");
                    return pronoun.replaceFirst("$1" + Matcher.quoteReplacement(subject));
                }
            }
        }
        return sentence.text();
    }
}
