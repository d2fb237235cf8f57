package com.articlechat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.PassageRetriever;
import com.articlechat.retrieval.ScoredSentence;

/**
 * Turns a model's raw answer into a {@link Draft}: recognises a refusal, keeps only citations of
 * passages that were sent, and quotes, for each, the sentence that best supports the claim citing it.
 */
@Component
class GroundingCheck {

    private final PassageRetriever retriever;
    private final PromptProperties properties;

    GroundingCheck(PassageRetriever retriever, PromptProperties properties) {
        this.retriever = retriever;
        this.properties = properties;
    }

    /**
     * Returns the checked draft, or null when the model answered without citing any passage it was
     * sent. With {@code matchClaims} false, each cited passage quotes its best sentence for the
     * question rather than the one closest to the claim (claims in another language than the article).
     */
    Draft check(String modelText, List<Passage> passages, boolean matchClaims) {
        CitationMarkers.CitedText cited = CitationMarkers.process(modelText, passages.size());
        // A cited answer that adds "the article does not say X" is still an answer; only a reply
        // that is the refusal, or that cites nothing and refuses, means the article has no answer.
        if (isOnlyRefusal(modelText) || cited.uses().isEmpty() && containsRefusal(modelText)) {
            return Draft.notAnswered(CitationMarkers.withoutMarkers(modelText));
        }
        if (cited.uses().isEmpty()) {
            return null;
        }
        List<Citation> citations = new ArrayList<>();
        for (CitationMarkers.Use use : cited.uses()) {
            Passage passage = passages.get(use.passage() - 1);
            ScoredSentence quote = !matchClaims || use.claim().isBlank()
                    ? passage.byScore().get(0)
                    : retriever.bestSupport(passage, use.claim());
            citations.add(Citations.of(citations.size() + 1, passage, quote));
        }
        return new Draft(cited.text(), true, citations);
    }

    private boolean isOnlyRefusal(String modelText) {
        return fold(CitationMarkers.withoutMarkers(modelText)).equals(fold(properties.notFoundReply()));
    }

    private boolean containsRefusal(String modelText) {
        return fold(modelText).contains(fold(properties.notFoundReply()));
    }

    private static String fold(String text) {
        return TextNormalizer.normalize(text).toLowerCase(Locale.ROOT).replaceAll("[.!\\s]+$", "");
    }
}
