package com.articlechat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Sentence;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.ScoredSentence;

/**
 * Answers without an LLM by quoting, verbatim, the one to three sentences that best match the
 * question. Every word of such an answer is the article's own, so it cannot be wrong about the
 * article, only less fluent.
 */
@Component
class ExtractiveAnswerer {

    private final AnswerProperties properties;

    ExtractiveAnswerer(AnswerProperties properties) {
        this.properties = properties;
    }

    private record Pick(Passage passage, ScoredSentence sentence) {
    }

    Draft answer(List<Passage> passages, String notFoundReply) {
        List<Pick> ranked = new ArrayList<>();
        for (Passage passage : passages) {
            for (ScoredSentence sentence : passage.sentences()) {
                ranked.add(new Pick(passage, sentence));
            }
        }
        if (ranked.isEmpty()) {
            return Draft.notAnswered(notFoundReply);
        }
        ranked.sort(Comparator.comparingDouble((Pick p) -> p.sentence().score()).reversed());
        double best = ranked.get(0).sentence().score();
        List<Pick> chosen = ranked.stream()
                .filter(p -> p.sentence().score() >= best - properties.extractiveMargin())
                .limit(properties.extractiveSentences())
                // Read in the article's order, so the quotes follow its argument.
                .sorted(Comparator.comparing((Pick p) -> p.passage().articleId())
                        .thenComparingInt(p -> p.sentence().sentence().index()))
                .toList();

        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Pick pick : chosen) {
            int n = citations.size() + 1;
            Sentence sentence = pick.sentence().sentence();
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append('“').append(sentence.text()).append("” [").append(n).append(']');
            citations.add(Citations.of(n, pick.passage(), pick.sentence()));
        }
        return new Draft(text.toString(), true, citations);
    }
}
