package com.articlechat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over sentences with Lucene, in memory. It finds what embeddings miss: names, numbers and
 * rare words that a small embedding model blurs. Built once per index snapshot and never written
 * again; as it lives on the heap with no files, an old one is simply left to the garbage collector.
 */
final class KeywordIndex {

    private static final String KEY = "key";
    private static final String ARTICLE = "article";
    private static final String TEXT = "text";

    /**
     * Lucene's English stop words plus the words questions are made of ("what", "did", "article",
     * "say"): they never carry the topic, and counting them made every question look half-unanswered.
     */
    static final CharArraySet STOP_WORDS = stopWords();

    /** The {@code proximitySlop} of {@link #search} for textbook BM25: no phrase boost, names not grouped. */
    static final int PLAIN_BM25 = -1;

    /**
     * Two or more capitalised words in a row: the usual cheap sign of a name ("Lee Jae Myung",
     * "Northeast Asia"). A named-entity model would be surer, but none ships in a jar we can use.
     */
    static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    private final IndexSearcher searcher;
    private final int documents;

    /** A sentence to index: its key in the snapshot, its article, its normalised text. */
    record Entry(String key, String articleId, String text) {
    }

    /** A matching sentence key with its BM25 score. */
    record Match(String key, double score) {
    }

    private KeywordIndex(IndexSearcher searcher, int documents) {
        this.searcher = searcher;
        this.documents = documents;
    }

    static KeywordIndex build(List<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer(STOP_WORDS)))) {
            for (Entry entry : entries) {
                Document doc = new Document();
                doc.add(new StringField(KEY, entry.key(), Field.Store.YES));
                doc.add(new StringField(ARTICLE, entry.articleId(), Field.Store.NO));
                doc.add(new TextField(TEXT, entry.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return new KeywordIndex(new IndexSearcher(DirectoryReader.open(directory)), entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Building the in-memory keyword index failed", e);
        }
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does",
                "did", "done", "has", "have", "had", "can", "could", "would", "should", "may", "might", "about",
                "article", "articles", "story", "report", "reported", "say", "says", "said", "tell", "told",
                "mention", "mentioned", "according", "me", "i", "you", "he", "she", "his", "her", "its", "we", "our",
                "from", "any", "some", "there", "was", "were", "been", "being", "also", "other", "much", "many"));
        return CharArraySet.unmodifiableSet(words);
    }

    /**
     * The best BM25 matches for {@code question}, optionally within one article. With
     * {@code proximitySlop} of 0 or more, each pair of neighbouring question terms also scores as a
     * phrase allowing that many words between them (Solr's "pf2" boost, the sequential dependence
     * model of IR): a sentence that says "Korea-China trade" is about the question "value of
     * Korea-China trade", while one with "Korea" and "trade" ten words apart often is not, and among
     * hundreds of articles on the same countries that difference decides.
     * <p>
     * With the boost on, the words of a name in the question also count as one term (Lucene's
     * {@link SynonymQuery}: their frequencies summed, weighed as the most common of them), and not
     * as phrases among themselves. A news article spells a name out once ("Lee Jae Myung") and then
     * writes "Lee": counted word by word, the name's rare words made its first mention outrank the
     * sentence that answers "What did Lee Jae Myung say about supply chains?".
     * And within one article, each word counts less the more of the article's sentences hold it
     * ({@link #withinArticle}). {@link #PLAIN_BM25}: textbook BM25.
     */
    List<Match> search(String question, int maxResults, String articleId, int proximitySlop) {
        Map<String, Integer> nameOf = proximitySlop >= 0 ? names(question) : Map.of();
        List<String> ordered = new ArrayList<>(terms(question));
        boolean inOneArticle = articleId != null && proximitySlop >= 0;
        ToDoubleFunction<String> weight = inOneArticle ? subjectWeights(articleId) : term -> 1;
        Query terms = nameOf.isEmpty() && !inOneArticle
                ? new QueryBuilder(analyzer).createBooleanQuery(TEXT, question)
                : weighted(ordered, nameOf, weight);
        if (terms == null || documents == 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST);
        if (proximitySlop >= 0) {
            for (int i = 0; i + 1 < ordered.size(); i++) {
                Integer name = nameOf.get(ordered.get(i));
                if (name != null && name.equals(nameOf.get(ordered.get(i + 1)))) {
                    continue;
                }
                double pair = Math.min(weight.applyAsDouble(ordered.get(i)), weight.applyAsDouble(ordered.get(i + 1)));
                query.add(new BoostQuery(new PhraseQuery(proximitySlop, TEXT, ordered.get(i), ordered.get(i + 1)),
                        (float) pair), BooleanClause.Occur.SHOULD);
            }
        }
        if (articleId != null) {
            query.add(new TermQuery(new Term(ARTICLE, articleId)), BooleanClause.Occur.FILTER);
        }
        try {
            List<Match> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), maxResults).scoreDocs) {
                matches.add(new Match(searcher.storedFields().document(hit.doc).get(KEY), hit.score));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the in-memory keyword index failed", e);
        }
    }

    /** The analysed words of each name of two or more words in {@code question}, by the name's number. */
    private Map<String, Integer> names(String question) {
        Map<String, Integer> nameOf = new HashMap<>();
        Matcher name = NAME.matcher(question);
        int n = 0;
        while (name.find()) {
            Set<String> words = terms(name.group());
            if (words.size() > 1) {
                for (String word : words) {
                    nameOf.put(word, n);
                }
                n++;
            }
        }
        return nameOf;
    }

    /** Any of the question's terms, each name's words counting as one term, each term boosted by {@code weight}. */
    private static Query weighted(List<String> ordered, Map<String, Integer> nameOf, ToDoubleFunction<String> weight) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Map<Integer, SynonymQuery.Builder> names = new LinkedHashMap<>();
        Map<Integer, Double> nameWeights = new HashMap<>();
        for (String term : ordered) {
            Integer name = nameOf.get(term);
            if (name == null) {
                any.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), (float) weight.applyAsDouble(term)),
                        BooleanClause.Occur.SHOULD);
            } else {
                names.computeIfAbsent(name, k -> new SynonymQuery.Builder(TEXT)).addTerm(new Term(TEXT, term));
                nameWeights.merge(name, weight.applyAsDouble(term), Math::min);
            }
        }
        names.forEach((n, name) -> any.add(new BoostQuery(name.build(), nameWeights.get(n).floatValue()),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * Within one article, how much each question word counts: less the more of the article's sentences
     * hold it. Every sentence of an article about Seoul and Beijing names them, so "the Seoul-Beijing
     * relationship" must not lead BM25 to the paragraph that says "Seoul and Beijing" rather than the
     * one about the relationship.
     */
    private ToDoubleFunction<String> subjectWeights(String articleId) {
        int sentences = articleSentences(articleId);
        // Each word is asked for once as a term and again in up to two phrases.
        Map<String, Double> weights = new HashMap<>();
        return term -> weights.computeIfAbsent(term, t -> withinArticle(sentences, articleFrequency(articleId, t)));
    }

    /**
     * A word's weight within an article of {@code sentences} sentences, {@code withTerm} of which hold
     * it: its IDF among those sentences (BM25's formula) relative to a word found in one of them, capped
     * at 1. A word in none or one of 13 sentences counts in full, in 5 of them 0.42.
     */
    static double withinArticle(int sentences, int withTerm) {
        if (sentences <= 1) {
            return 1;
        }
        return Math.min(1, articleIdf(sentences, withTerm) / articleIdf(sentences, 1));
    }

    private static double articleIdf(int sentences, int withTerm) {
        return Math.log(1 + (sentences - withTerm + 0.5) / (withTerm + 0.5));
    }

    /** The question's content terms as the index sees them: stemmed, without stop words. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** How many sentences of the article contain the analysed term; answered from the index, not the text. */
    int articleFrequency(String articleId, String term) {
        return count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ARTICLE, articleId)), BooleanClause.Occur.FILTER)
                .build());
    }

    /** How many sentences the article has in the index. */
    int articleSentences(String articleId) {
        return count(new TermQuery(new Term(ARTICLE, articleId)));
    }

    private int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of sentences that contain an analysed term. */
    int docFreq(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inverse document frequency of an analysed term, as BM25 weighs it; unknown terms weigh most. */
    double idf(String term) {
        int df = docFreq(term);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}
