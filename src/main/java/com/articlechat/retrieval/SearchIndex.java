package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

/**
 * An immutable snapshot of everything searchable: the articles of one moment and their sentence
 * embeddings. It is built completely before anyone can see it and never changes afterwards, so a
 * question is answered from exactly one version of each article.
 */
final class SearchIndex {

    static final String ARTICLE_ID = "articleId";
    static final String PARAGRAPH = "paragraph";
    static final String KEY = "key";

    private final Map<String, Article> articles;
    private final InMemoryEmbeddingStore<TextSegment> store;
    private final Map<String, Sentence> sentences;
    private final Map<String, Embedding> byText;
    /** Each sentence's normalised text, so that a question does not normalise every sentence again. */
    private final Map<Sentence, String> normalized;
    private final KeywordIndex keywords;
    private final Map<String, String> articleOfKey;
    /** Every sentence vector, unit length and quantised, with its article's position in {@link #articleIds}. */
    private final QuantizedVectors vectors;
    private final int[] articleOf;
    private final String[] articleIds;

    private SearchIndex(Map<String, Article> articles, InMemoryEmbeddingStore<TextSegment> store,
            Map<String, Sentence> sentences, Map<String, Embedding> byText, Map<Sentence, String> normalized,
            KeywordIndex keywords, Map<String, String> articleOfKey, List<Embedding> vectors, int[] articleOf,
            String[] articleIds) {
        this.articles = articles;
        this.store = store;
        this.sentences = sentences;
        this.byText = byText;
        this.normalized = normalized;
        this.keywords = keywords;
        this.articleOfKey = articleOfKey;
        this.vectors = QuantizedVectors.of(vectors.stream().map(Embedding::vector).toList());
        this.articleOf = articleOf;
        this.articleIds = articleIds;
    }

    static SearchIndex empty() {
        return new SearchIndex(Map.of(), new InMemoryEmbeddingStore<>(), Map.of(), Map.of(), Map.of(),
                KeywordIndex.build(List.of()), Map.of(), List.of(), new int[0], new String[0]);
    }

    /** The index of {@code articles}, each already embedded completely. */
    static SearchIndex build(Collection<IndexedArticle> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        List<Embedding> vectors = new ArrayList<>();
        Map<String, Sentence> sentences = new HashMap<>();
        Map<String, Embedding> byText = new HashMap<>();
        Map<Sentence, String> normalized = new HashMap<>();
        Map<String, String> articleOfKey = new HashMap<>();
        List<KeywordIndex.Entry> keywordEntries = new ArrayList<>();
        List<Integer> articleOf = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        for (IndexedArticle indexed : articles) {
            Article article = indexed.article();
            byId.put(article.id(), article);
            articleIds.add(article.id());
            List<Sentence> inArticle = article.sentences();
            for (int i = 0; i < inArticle.size(); i++) {
                Sentence sentence = inArticle.get(i);
                String id = key(article.id(), sentence.index());
                String text = TextNormalizer.normalize(sentence.text());
                ids.add(id);
                sentences.put(id, sentence);
                articleOfKey.put(id, article.id());
                segments.add(TextSegment.from(text, new Metadata().put(ARTICLE_ID, article.id())
                        .put(PARAGRAPH, sentence.paragraph()).put(KEY, id)));
                vectors.add(indexed.vectors().get(i));
                articleOf.add(articleIds.size() - 1);
                byText.putIfAbsent(text, indexed.vectors().get(i));
                normalized.put(sentence, text);
                keywordEntries.add(new KeywordIndex.Entry(id, article.id(), text));
            }
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        if (!segments.isEmpty()) {
            store.addAll(ids, vectors, segments);
        }
        return new SearchIndex(Map.copyOf(byId), store, Map.copyOf(sentences), Map.copyOf(byText),
                Map.copyOf(normalized), KeywordIndex.build(keywordEntries), Map.copyOf(articleOfKey), vectors,
                articleOf.stream().mapToInt(Integer::intValue).toArray(), articleIds.toArray(String[]::new));
    }

    /**
     * The {@code max} articles whose sentence nearest in meaning to {@code query} is nearest, best first,
     * with that sentence's cosine (approximate, from the quantised vectors): one pass over every
     * sentence, a few milliseconds for tens of thousands of them.
     */
    Map<String, Double> articlesNearest(Embedding query, int max, SideBySide sideBySide) {
        double[] best = new double[articleIds.length];
        java.util.Arrays.fill(best, -2);
        double[] cosines = vectors.cosines(query.vector(), sideBySide);
        for (int i = 0; i < cosines.length; i++) {
            if (cosines[i] > best[articleOf[i]]) {
                best[articleOf[i]] = cosines[i];
            }
        }
        // The best few, not a sort of thousands: a heap of the max best so far, the worst on top (of
        // equals, the later article, so that the earlier is kept).
        Comparator<Integer> better = Comparator.comparingDouble((Integer a) -> best[a])
                .thenComparing(Comparator.reverseOrder());
        PriorityQueue<Integer> top = new PriorityQueue<>(better);
        for (int a = 0; a < best.length; a++) {
            top.add(a);
            if (top.size() > max) {
                top.poll();
            }
        }
        List<Integer> order = new ArrayList<>(top);
        order.sort(better.reversed());
        Map<String, Double> nearest = new LinkedHashMap<>();
        for (int a : order) {
            nearest.put(articleIds[a], best[a]);
        }
        return nearest;
    }

    /**
     * The articles of the {@code pool} sentences that best match {@code question}'s words by BM25, best
     * first, each with its best sentence's score.
     */
    Map<String, Double> articlesByKeywords(String question, int pool, int proximitySlop) {
        Map<String, Double> found = new LinkedHashMap<>();
        for (KeywordIndex.Match match : keywords.search(question, pool, null, proximitySlop)) {
            found.putIfAbsent(articleOfKey.get(match.key()), match.score());
        }
        return found;
    }


    int sentenceCount() {
        return sentences.size();
    }

    Collection<Article> articles() {
        return articles.values();
    }

    Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /**
     * A sentence found by a search, with the article version it belongs to.
     *
     * @param key   identifies the sentence within this snapshot, for fusing rankings
     * @param score cosine similarity for vector hits, BM25 for keyword hits
     */
    record Hit(String key, Article article, Sentence sentence, double score) {
    }

    /**
     * The sentences that best match {@code question}'s words by BM25, best first; see
     * {@link KeywordIndex#search} for {@code proximitySlop}.
     */
    List<Hit> keywordMatches(String question, int maxResults, String articleId, int proximitySlop) {
        List<Hit> hits = new ArrayList<>();
        for (KeywordIndex.Match match : keywords.search(question, maxResults, articleId, proximitySlop)) {
            Article article = articles.get(articleOfKey.get(match.key()));
            hits.add(new Hit(match.key(), article, sentences.get(match.key()), match.score()));
        }
        return hits;
    }

    /** The embedding store itself, for the baselines that use LangChain4j's retriever as it comes. */
    InMemoryEmbeddingStore<TextSegment> store() {
        return store;
    }

    KeywordIndex keywords() {
        return keywords;
    }

    /**
     * The embedding of a sentence's text, if this index holds it. Looked up by text, not position,
     * so a passage retrieved from an older version still finds its sentences after a swap.
     */
    Optional<Embedding> embeddingOf(Sentence sentence) {
        return embeddingOf(normalized(sentence));
    }

    /** The sentence's text as it was embedded and indexed. */
    String normalized(Sentence sentence) {
        String text = normalized.get(sentence);
        return text != null ? text : TextNormalizer.normalize(sentence.text());
    }

    /** The embedding of a normalised sentence text, if this index holds it. */
    Optional<Embedding> embeddingOf(String normalizedText) {
        return Optional.ofNullable(byText.get(normalizedText));
    }

    static String key(String articleId, int sentenceIndex) {
        return articleId + "#" + sentenceIndex;
    }
}
