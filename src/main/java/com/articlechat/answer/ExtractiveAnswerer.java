package com.articlechat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.ScoredSentence;

/**
 * Answers without an LLM by quoting, verbatim, the one to three best passages, best first: each
 * quote is the sentence that matched, with the sentence retrieval found to hold more of what is
 * asked and the one before when the first cannot stand alone. Every word of such an answer is the
 * article's own, so it cannot be wrong about the article, only less fluent.
 */
@Component
class ExtractiveAnswerer {

    // A sentence opening with one of these leans on the one before it ("This approach, he said...").
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(This|That|These|Those|Such|It|Its|Both|The two)\\b.*", Pattern.DOTALL);

    private final AnswerProperties properties;

    ExtractiveAnswerer(AnswerProperties properties) {
        this.properties = properties;
    }

    Draft answer(List<Passage> passages, String notFoundReply) {
        if (passages.isEmpty()) {
            return Draft.notAnswered(notFoundReply);
        }
        double best = passages.get(0).fit();
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Passage passage : passages) {
            ScoredSentence anchor = passage.anchor();
            boolean first = citations.isEmpty();
            if (citations.size() == properties.extractiveSentences()
                    || !first && passage.fit() < best - properties.extractiveMargin()) {
                continue;
            }
            int n = citations.size() + 1;
            Citation citation = quote(n, passage, anchor);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append('“').append(citation.quote()).append("” [").append(n).append(']');
            citations.add(citation);
        }
        return new Draft(text.toString(), true, citations);
    }

    /**
     * One span from the first quoted sentence to the last, so the page can highlight it as one
     * quote; it starts a sentence earlier when the first opens with "This approach..." and means
     * nothing alone.
     */
    private static Citation quote(int n, Passage passage, ScoredSentence anchor) {
        Sentence first = passage.quoted().get(0).sentence();
        Sentence last = passage.quoted().get(passage.quoted().size() - 1).sentence();
        Paragraph paragraph = passage.paragraph();
        int position = paragraph.sentences().indexOf(first);
        if (position > 0 && LEANS_BACK.matcher(first.text()).matches()) {
            first = paragraph.sentences().get(position - 1);
        }
        return Citations.span(n, passage, first.start(), last.end(), anchor.score());
    }
}
