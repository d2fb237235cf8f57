package com.articlechat.retrieval;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a question takes to have happened, and whether a text reports it: "Did Lee and Xi sign a
 * trade agreement?" is answered only by a passage that reports a signing, "How did the opposition
 * react to the visit?" only by one that reports a reaction. Readers ask these of a state visit more
 * than anything the article leaves open (over our question sets, 17 of the 49 out-of-scope questions
 * answered were such), and such a question shares the visit's words and meaning with the article
 * ("Lee", "Xi", "trade", "the visit"), so neither the cosine nor the words can turn it away. The
 * answerable rule needs, besides the kind of answer ({@link AnswerType}), a report of the event.
 * <p>
 * Like {@link CountedThing}, only presence is tested, by the words news uses for such events. The
 * question's words are read where they name the event: "sign" after an auxiliary or "to" ("Did
 * they sign"), not "a sign of"; "react" or "respond" as what someone did, not as what someone
 * should do ("how the two countries should respond to change" asks what Lee urged).
 */
enum AskedEvent {

    /** An agreement signed, a deal or contract made: "Which deals were signed during the visit?". */
    SIGNING("\\bsign(?:ed|ing)\\b|\\b(?:did|do|does|to|will|would|could|can|may|might)(?: [\\w'-]+){0,4} sign\\b"
            + "|\\bdeals?\\b(?! with\\b)|\\bcontracts?\\b|\\bmemorand(?:um|a|ums)\\b|\\bmous?\\b|\\bpacts?\\b"
            + "|\\btreat(?:y|ies)\\b",
            "\\bsign(?:ed|ing|s)?\\b|\\bdeals?\\b|\\bcontracts?\\b|\\bmemorand\\w*|\\bmous?\\b|\\bpacts?\\b"
            + "|\\btreat(?:y|ies)\\b|\\baccords?\\b|\\bagreements?\\b"),
    /** Someone's reaction: "How did Tokyo react to the trip?", "What was the opposition's response?". */
    REACTION("(?<!\\b(?:to|should|must|would|could|can|will|shall|might|may) )"
            + "\\b(?:react(?:ed|s|ion|ions)?|respond(?:ed|s)?|responses?)\\b",
            "\\b(?:react\\w*|respon\\w*|welcom\\w*|critici[sz]\\w*|condemn\\w*|prais\\w*|protest\\w*|denounc\\w*"
            + "|applaud\\w*|hail(?:ed|s)?|slamm\\w*|reject\\w*|dismiss\\w*|object(?:ed|ion|ions)|backlash|lauded"
            + "|decried|blasted)\\b"),
    /** Gifts given or exchanged. */
    GIFT("\\bgifts?\\b|\\bsouvenirs?\\b", "\\bgift\\w*|\\bsouvenir\\w*|\\bpresented\\b");

    private final Pattern asked;
    private final Pattern reported;

    AskedEvent(String asked, String reported) {
        this.asked = Pattern.compile("(?i)" + asked);
        this.reported = Pattern.compile("(?i)" + reported);
    }

    /** The events {@code question} (normalised) takes to have happened; empty when it takes none. */
    static List<AskedEvent> of(String question) {
        return Arrays.stream(values()).filter(event -> event.asked.matcher(question).find()).toList();
    }

    /** Whether {@code text} (normalised) reports an event of this kind. */
    boolean reportedIn(String text) {
        return reported.matcher(text).find();
    }
}
