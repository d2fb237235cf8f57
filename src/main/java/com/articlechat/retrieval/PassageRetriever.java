package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.knowledge.UnknownArticleException;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * Finds the paragraphs that answer a question: sentences are matched, then grouped into their
 * paragraphs so the answerer gets context while citations can still point at one sentence.
 */
@Service
public class PassageRetriever {

    /**
     * Cosine between two sentences above which one is a copy of the other: syndicated and templated
     * articles repeat a sentence with only a name or attribution changed, and four copies of it would
     * otherwise fill every passage and crowd out the article that answers.
     */
    static final double NEAR_DUPLICATE = 0.9;

    private final EmbeddingModel embeddingModel;
    private final RetrievalProperties properties;
    private final ActiveIndex activeIndex;
    private final AnswerableRule answerableRule;
    private final TokenMatcher tokenMatcher;
    private final boolean wordByWord;

    public PassageRetriever(EmbeddingModel embeddingModel, RetrievalProperties properties, ActiveIndex activeIndex,
            TokenMatcher tokenMatcher, EmbeddingProperties embedding) {
        this.embeddingModel = embeddingModel;
        this.properties = properties;
        this.activeIndex = activeIndex;
        this.tokenMatcher = tokenMatcher;
        // The word-by-word matcher is the English MiniLM. With a multilingual Ollama model, for
        // questions in other languages than the article's, that model's sentence ranking takes its place.
        this.wordByWord = properties.inArticle().tokenWeight() > 0 && !embedding.usesOllama();
        this.answerableRule = new AnswerableRule(properties.answerable(), properties.inArticle().answerable());
    }

    /** The passages for {@code question}, best first; see {@link #search}. */
    public List<Passage> retrieve(String question, String articleId) {
        return search(question, articleId).passages();
    }

    /**
     * Hybrid search: sentences ranked by vector similarity, by BM25 and word by word
     * ({@link TokenMatcher}) are fused by reciprocal rank, then grouped into their paragraphs. Up to
     * {@code maxPassages} paragraphs are returned, best first; {@code articleId} null means all
     * articles.
     */
    public Retrieval search(String question, String articleId) {
        // One snapshot per question: every passage comes from the same version of each article.
        SearchIndex index = activeIndex.current();
        if (articleId != null && index.article(articleId).isEmpty()) {
            throw new UnknownArticleException(articleId);
        }
        String normalized = TextNormalizer.normalize(question);
        // With a single article loaded, a question that names none is asked within that article.
        String within = articleId != null || index.articles().size() != 1 ? articleId
                : index.articles().iterator().next().id();
        boolean oneArticle = within != null;
        // Within one article, "the Chinese leader" is matched as the "Chinese President Xi Jinping"
        // the article introduced, whom it calls "Xi" afterwards.
        String matched = oneArticle ? TitledPeople.in(index.article(within).orElseThrow().text()).named(normalized)
                : normalized;
        Embedding query = embed(matched);
        AnswerType expected = AnswerType.of(normalized);
        // The question's terms: for the orderings below, for quoting, and for the answerable rule.
        Set<String> asked = index.keywords().terms(normalized);
        Map<String, SearchIndex.Hit> hits = new LinkedHashMap<>();
        List<String> byVector = new ArrayList<>();
        List<String> byKeyword = new ArrayList<>();
        for (SearchIndex.Hit hit : index.nearest(query, properties.candidates(), within)) {
            hits.put(hit.key(), hit);
            byVector.add(hit.key());
        }
        for (SearchIndex.Hit hit : index.keywordMatches(matched, properties.candidates(), within,
                properties.proximitySlop())) {
            hits.putIfAbsent(hit.key(), hit);
            byKeyword.add(hit.key());
        }
        Map<String, Double> tokenScores = wordByWord ? tokenScores(matched, hits) : Map.of();
        List<String> byTokens = tokenScores.isEmpty() ? List.of() : hits.keySet().stream()
                .sorted(Comparator.comparingDouble((String key) -> tokenScores.get(key)).reversed())
                .toList();
        List<String> fused = fuse(oneArticle, byVector, byKeyword, byTokens, hits);
        // Both only within one article. Across articles the fusion must first find the article, and
        // a figure or the model's surest sentence says nothing about which article is asked about.
        if (oneArticle) {
            // "Besides Beijing, which Chinese city is on Lee's itinerary?" is far closest in meaning
            // to "Lee's visit includes stops in Beijing and Shanghai" (0.64, the next 0.50), while
            // the fused rankings put first the one sentence with "Chinese".
            fused = RankFusion.leadFirst(fused, byVector, key -> hits.get(key).score(),
                    properties.inArticle().vectorLead());
            // Every sentence of one article shares its topic, so the one holding the kind of answer
            // asked for ("How much...": a figure) is the likelier answer; this comes last, so that
            // the model's surest sentence leads only among those holding one.
            fused = expected.holdersFirst(fused,
                    key -> TextNormalizer.normalize(hits.get(key).sentence().text()), normalized);
            if (expected != AnswerType.SOURCE) {
                fused = creditLast(fused, hits, index.keywords(), asked, within);
            }
            List<String> ranked = fused;
            fused = Exclusion.of(normalized, index.keywords())
                    .map(set -> set.otherFirst(ranked, key -> hits.get(key).sentence().text(), index.keywords()))
                    .orElse(fused);
        }

        // The weights of the question's words in each article: for quoting, and for the answerable rule.
        Map<String, Map<String, Double>> weightsByArticle = new HashMap<>();
        Function<String, Map<String, Double>> weightsOf = article -> weightsByArticle.computeIfAbsent(article,
                a -> AnswerableRule.weights(index.keywords(), asked, a));
        Set<String> keywordKeys = new HashSet<>(byKeyword);
        Map<String, Passage> passages = new LinkedHashMap<>();
        List<Embedding> anchors = new ArrayList<>();
        double topCosine = 0;
        for (String key : fused) {
            if (passages.size() == properties.maxPassages()) {
                break;
            }
            SearchIndex.Hit hit = hits.get(key);
            String paragraphKey = hit.article().id() + "#" + hit.sentence().paragraph();
            if (passages.containsKey(paragraphKey)) {
                continue;
            }
            Paragraph paragraph = hit.article().paragraph(hit.sentence().paragraph()).orElseThrow();
            // Within one article a credit line answers who reported the story, and then it is the
            // best match; after a better passage it is there only for sharing a name ("Korea" in
            // "The Korea Herald"). Across articles "Which outlets is the article sourced from?" names
            // no article, each article's credit line answers it, and the seed's is often third.
            if (oneArticle && paragraph.isCredit() && !passages.isEmpty()) {
                continue;
            }
            List<ScoredSentence> scored = score(index, query, paragraph);
            double best = scored.stream().mapToDouble(ScoredSentence::score).max().orElse(0);
            // A paragraph neither similar in meaning nor sharing a word with the question is noise,
            // unless it is the credit line asked for ("Who reported this story?").
            boolean creditAskedFor = oneArticle && expected == AnswerType.SOURCE && paragraph.isCredit();
            if (best < properties.minScore() && !keywordKeys.contains(key) && !creditAskedFor) {
                continue;
            }
            Embedding anchorEmbedding = index.embeddingOf(hit.sentence()).orElseGet(() -> embed(hit.sentence().text()));
            if (anchors.stream().anyMatch(e -> CosineSimilarity.between(e, anchorEmbedding) >= NEAR_DUPLICATE)) {
                continue;
            }
            anchors.add(anchorEmbedding);
            topCosine = Math.max(topCosine, best);
            ScoredSentence anchor = scored.stream().filter(x -> x.sentence() == hit.sentence()).findFirst().orElseThrow();
            List<ScoredSentence> quoted = QuoteSpan.of(index.keywords(), weightsOf.apply(hit.article().id()), scored,
                    anchor, properties.quoteNeighbourShare());
            passages.put(paragraphKey, new Passage(hit.article(), paragraph, best, anchor, scored, quoted,
                    oneArticle ? tokenScores.getOrDefault(key, anchor.score()) : anchor.score()));
        }
        List<Passage> ranked = List.copyOf(passages.values());
        AnswerableRule.Verdict verdict = answerableRule.judge(index.keywords(), normalized, ranked, oneArticle,
                weightsOf);
        return new Retrieval(ranked, topCosine, verdict.coverage(), verdict.answerable());
    }

    /**
     * Reciprocal rank fusion of the rankings. Across articles, the vector, keyword and word-by-word
     * rankings, each once, with the evidence for each sentence's whole article from all three as one
     * more: that is what tells hundreds of articles on similar subjects apart. Within one article
     * that ranking would only repeat the fused order, so it is left out; and there every sentence
     * shares the topic, so one vector per sentence separates them less than the question's words
     * do: the keyword and word-by-word rankings count {@code keywordWeight} and {@code tokenWeight}
     * times, the sentence embedding's {@code vectorWeight} times, and a small k lets the first ranks
     * lead (k = 60 is for rankings of a thousand documents; over a dozen sentences it makes all
     * ranks nearly equal).
     */
    private List<String> fuse(boolean oneArticle, List<String> byVector, List<String> byKeyword,
            List<String> byTokens, Map<String, SearchIndex.Hit> hits) {
        if (oneArticle) {
            RetrievalProperties.InArticle within = properties.inArticle();
            List<List<String>> rankings = new ArrayList<>();
            int vectorWeight = wordByWord ? within.vectorWeight() : within.tokenWeight();
            rankings.addAll(Collections.nCopies(vectorWeight, byVector));
            rankings.addAll(Collections.nCopies(within.keywordWeight(), byKeyword));
            if (wordByWord) {
                rankings.addAll(Collections.nCopies(within.tokenWeight(), byTokens));
            }
            return RankFusion.fuse(rankings, within.fusionK());
        }
        List<List<String>> rankings = new ArrayList<>(List.of(byVector, byKeyword));
        if (wordByWord) {
            rankings.add(byTokens);
        }
        rankings.add(RankFusion.byArticle(List.copyOf(rankings), properties.fusionK(),
                key -> hits.get(key).article().id()));
        return RankFusion.fuse(rankings, properties.fusionK());
    }

    /**
     * {@code fused} with the article's credit line last, for a question (its terms {@code asked}) that
     * does not ask where the story comes from: "Who is the South Korean president named in the
     * article?" must not be answered "Source: The Korea Herald | ..." for sharing "Korea" and a word
     * or two that match loosely. Unless the question asks for a word only the credit line has ("Is
     * the BBC mentioned?").
     */
    private static List<String> creditLast(List<String> fused, Map<String, SearchIndex.Hit> hits,
            KeywordIndex keywords, Set<String> asked, String articleId) {
        List<String> story = new ArrayList<>();
        List<String> credit = new ArrayList<>();
        for (String key : fused) {
            SearchIndex.Hit hit = hits.get(key);
            boolean isCredit = hit.article().paragraph(hit.sentence().paragraph())
                    .map(Paragraph::isCredit).orElse(false);
            (isCredit ? credit : story).add(key);
        }
        if (credit.isEmpty()) {
            return fused;
        }
        for (String key : credit) {
            Set<String> credited = keywords.terms(TextNormalizer.normalize(hits.get(key).sentence().text()));
            boolean onlyThere = credited.stream()
                    .anyMatch(term -> asked.contains(term) && keywords.articleFrequency(articleId, term) == 1);
            if (onlyThere) {
                return fused;
            }
        }
        story.addAll(credit);
        return story;
    }

    /** Each sentence found with its word-by-word score ({@link TokenMatcher}), by key. */
    private Map<String, Double> tokenScores(String question, Map<String, SearchIndex.Hit> hits) {
        // Matched with an opening "he" or "she" read as who it is ("He described the visit..." is Lee's).
        Map<String, String> textOf = new HashMap<>();
        hits.forEach((key, hit) -> textOf.put(key,
                TextNormalizer.normalize(Pronouns.resolved(hit.article(), hit.sentence()))));
        Map<String, Double> byText = tokenMatcher.scores(question, Set.copyOf(textOf.values()));
        Map<String, Double> byKey = new HashMap<>();
        textOf.forEach((key, text) -> byKey.put(key, byText.get(text)));
        return byKey;
    }

    /**
     * The articles a question is asked of, from the index being served: the one named, or all of
     * them ordered by id, so that numbering passages across them is stable.
     */
    public List<Article> scope(String articleId) {
        SearchIndex index = activeIndex.current();
        if (articleId != null) {
            return List.of(index.article(articleId).orElseThrow(() -> new UnknownArticleException(articleId)));
        }
        return index.articles().stream().sorted(Comparator.comparing(Article::id)).toList();
    }

    /**
     * Every sentence of {@code articles} in reading order, each as a passage of its own and scored
     * against the question: what a model is given when whole articles fit its context, so that each
     * {@code [n]} it cites is one exact sentence.
     */
    public List<Passage> sentencesOf(String question, List<Article> articles) {
        SearchIndex index = activeIndex.current();
        Embedding query = embed(question);
        List<Passage> passages = new ArrayList<>();
        for (Article article : articles) {
            for (Paragraph paragraph : article.paragraphs()) {
                for (ScoredSentence scored : score(index, query, paragraph.sentences())) {
                    passages.add(new Passage(article, paragraph, scored.score(), scored, List.of(scored)));
                }
            }
        }
        return passages;
    }

    /** The sentence of {@code passage} that best supports {@code claim}, for quoting a citation. */
    public ScoredSentence bestSupport(Passage passage, String claim) {
        Embedding query = embed(claim);
        List<Sentence> sentences = passage.sentences().stream().map(ScoredSentence::sentence).toList();
        return score(activeIndex.current(), query, sentences).stream()
                .max(Comparator.comparingDouble(ScoredSentence::score))
                .orElseThrow();
    }

    private List<ScoredSentence> score(SearchIndex index, Embedding query, Paragraph paragraph) {
        return score(index, query, paragraph.sentences());
    }

    private List<ScoredSentence> score(SearchIndex index, Embedding query, List<Sentence> sentences) {
        List<ScoredSentence> scored = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Embedding embedding = index.embeddingOf(sentence).orElseGet(() -> embed(sentence.text()));
            scored.add(new ScoredSentence(sentence, CosineSimilarity.between(query, embedding)));
        }
        return scored;
    }

    private Embedding embed(String text) {
        return embeddingModel.embed(TextNormalizer.normalize(text)).content();
    }
}
