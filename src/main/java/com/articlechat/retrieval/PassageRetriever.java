package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.question.QuestionAnalysis;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * Finds the paragraphs that answer a question: sentences are matched, then grouped into their
 * paragraphs so the answerer gets context while citations can still point at one sentence.
 */
@Service
public class PassageRetriever {

    private final EmbeddingModel embeddingModel;
    private final QuestionEncoder questions;
    private final RetrievalModels models;
    private final RetrievalProperties properties;
    private final ActiveIndex activeIndex;
    private final TokenMatcher tokenMatcher;
    private final boolean wordByWord;
    private final SideBySide sideBySide;

    PassageRetriever(EmbeddingModel embeddingModel, QuestionEncoder questions, RetrievalProperties properties,
            ActiveIndex activeIndex, TokenMatcher tokenMatcher, EmbeddingProperties embedding, RetrievalModels models,
            SideBySide sideBySide) {
        this.models = models;
        this.sideBySide = sideBySide;
        this.embeddingModel = embeddingModel;
        this.questions = questions;
        this.properties = properties;
        this.activeIndex = activeIndex;
        this.tokenMatcher = tokenMatcher;
        // The word-by-word matcher is the English MiniLM. With a multilingual Ollama model, for
        // questions in other languages than the article's, that model's sentence ranking takes its place.
        this.wordByWord = !embedding.usesOllama();
    }

    /** The passages for {@code question}, best first; see {@link #search}. */
    public List<Passage> retrieve(String question, String articleId) {
        return search(question, articleId).passages();
    }

    /**
     * Up to {@code maxPassages} paragraphs that answer {@code question}, best first, and whether they
     * answer it: within one article when {@code articleId} names one (or only one is loaded), by the
     * fitted ranking and answerability models; else across all articles by hybrid search.
     */
    public Retrieval search(String question, String articleId) {
        // One snapshot per question: every passage comes from the same version of each article.
        SearchIndex index = activeIndex.current();
        if (articleId != null && index.article(articleId).isEmpty()) {
            throw activeIndex.notSearchable(articleId);
        }
        int total = activeIndex.articlesTotal();
        if (articleId == null && index.articles().isEmpty() && total > 0) {
            // Nothing searchable yet, seconds after start: "not in the articles" would be wrong.
            throw activeIndex.noneSearchableYet();
        }
        QuestionAnalysis asked = QuestionAnalysis.of(question);
        // With a single article in the folder, a question that names none is asked within that article.
        String within = articleId != null || total != 1 || index.articles().size() != 1
                ? articleId : index.articles().iterator().next().id();
        // The two encodings, and across articles the keyword proposals, do not wait for one another.
        SideBySide.Part<TokenMatcher.Tokens> words = sideBySide.start(() -> TokenMatcher.encode(asked.normalized()));
        SideBySide.Part<Set<String>> byKeywords = within != null ? null : sideBySide.start(() -> index
                .articlesByKeywords(asked.normalized(), properties.candidates(), properties.proximitySlop()).keySet());
        Embedding query = questions.embed(asked.normalized());
        ReadQuestion read = new ReadQuestion(asked, query, words.join());
        if (within != null) {
            return withinArticle(index, index.article(within).orElseThrow(), read);
        }
        Retrieval found = acrossArticles(index, read, byKeywords);
        return index.articles().size() >= total ? found : found.withNotice(String.format(Locale.ROOT,
                "The archive is still being indexed: this answer draws on %,d of its %,d articles.",
                index.articles().size(), total));
    }

    /**
     * Every sentence of the article ranked by the ranking model; the paragraphs of the best, in that
     * order; and the answerability model's verdict on them.
     */
    private Retrieval withinArticle(SearchIndex index, Article article, ReadQuestion read) {
        QuestionAnalysis asked = read.asked();
        Embedding query = read.query();
        SentenceRanking.Ranking ranking = SentenceRanking.rank(models.ranking(), index, article, read, tokenMatcher,
                properties.proximitySlop());
        List<SentenceRanking.Ranked> ranked = ranking.sentences();
        Map<String, Double> weights = WordWeights.weights(index.keywords(),
                index.keywords().terms(asked.normalized()), article.id());
        Map<Integer, Passage> passages = new LinkedHashMap<>();
        for (SentenceRanking.Ranked sentence : ranked) {
            if (passages.size() == properties.maxPassages()) {
                break;
            }
            Paragraph paragraph = article.paragraph(sentence.hit().sentence().paragraph()).orElseThrow();
            if (!passages.containsKey(paragraph.number())) {
                passages.put(paragraph.number(), passage(index, query, paragraph, sentence.hit(), weights,
                        sentence.probability()));
            }
        }
        double[] signals = AnswerSignals.of(ranking, article, asked, index.keywords());
        List<Passage> found = List.copyOf(passages.values());
        double topCosine = ranked.stream().mapToDouble(SentenceRanking.Ranked::cosine).max().orElse(0);
        LogisticModel answerable = models.answerable();
        return new Retrieval(found, topCosine, signals[AnswerSignals.PASSAGE_COVERAGE],
                !found.isEmpty() && answerable.accepts(signals), answerable.probability(signals),
                // The bundled models were fitted on an in-process model's signals: with an Ollama embedding
                // model their scale is another, so the LLM, not the gate, judges what is off topic.
                !found.isEmpty() && (!wordByWord || answerable.passesGate(signals)));
    }

    /**
     * Across articles, the article first: the few whose sentences come nearest the question in meaning
     * and the few whose sentences best match its words (BM25) are each searched as if the question had
     * been asked within them, and the one the answerability model finds likeliest to answer is the
     * answer's. That model was fitted with questions asked of the wrong article as unanswerable, so it
     * is what tells the article a question is about from its neighbours.
     */
    private Retrieval acrossArticles(SearchIndex index, ReadQuestion read, SideBySide.Part<Set<String>> byKeywords) {
        Set<String> candidates = new LinkedHashSet<>(index.articlesNearest(read.query(),
                properties.articleCandidates(), sideBySide).keySet());
        byKeywords.join().stream().limit(properties.articleCandidates()).forEach(candidates::add);
        List<Article> proposed = candidates.stream().map(id -> index.article(id).orElseThrow()).toList();
        // The first here, the others on free cores; taken in the order proposed, so that a tie goes to
        // the nearest in meaning.
        List<SideBySide.Part<Retrieval>> others = proposed.stream().skip(1)
                .map(article -> sideBySide.start(() -> withinArticle(index, article, read)))
                .toList();
        Retrieval best = proposed.isEmpty() ? new Retrieval(List.of(), 0, 0, false, 0, false)
                : withinArticle(index, proposed.get(0), read);
        for (SideBySide.Part<Retrieval> other : others) {
            Retrieval within = other.join();
            if (best.passages().isEmpty() || within.confidence() > best.confidence()) {
                best = within;
            }
        }
        return best;
    }

    /** The paragraph as a passage led by {@code anchor}, quoting it and the neighbour that completes it. */
    private Passage passage(SearchIndex index, Embedding query, Paragraph paragraph, SearchIndex.Hit anchor,
            Map<String, Double> weights, double fit) {
        List<ScoredSentence> scored = score(index, query, paragraph);
        double best = scored.stream().mapToDouble(ScoredSentence::score).max().orElse(0);
        ScoredSentence lead = scored.stream().filter(x -> x.sentence() == anchor.sentence()).findFirst().orElseThrow();
        List<ScoredSentence> quoted = QuoteSpan.of(index.keywords(), weights, scored, lead,
                properties.quoteNeighbourShare());
        return new Passage(anchor.article(), paragraph, best, lead, scored, quoted, fit);
    }

    /**
     * The articles a question is asked of, from the index being served: the one named, or all of
     * them ordered by id, so that numbering passages across them is stable.
     */
    public List<Article> scope(String articleId) {
        SearchIndex index = activeIndex.current();
        if (articleId != null) {
            return List.of(index.article(articleId).orElseThrow(() -> activeIndex.notSearchable(articleId)));
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
        Embedding query = questions.embed(TextNormalizer.normalize(question));
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
