package com.articlechat.support;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.articlechat.support.OllamaStandIn.RecordedRequest;

/**
 * Replies for the Ollama stand-in as a real model would, by kind of request: a follow-up rewrite or
 * a question's English rendering as scripted (unscripted ones come back as they are), and an answer
 * that cites passage [1], the best one retrieval found, early, so that more text streams after it.
 * An answer asked for in Korean or Chinese is written in it.
 */
public final class ScriptedModel implements Function<RecordedRequest, String> {

    /** Questions about the seed article in Korean and Chinese, and the English the model renders them in. */
    public static final String KOREAN_WARNING = "이재명 대통령은 무엇에 대해 경고했나요?";
    public static final String CHINESE_STABILITY = "习近平对东北亚稳定说了什么？";
    public static final String ENGLISH_WARNING = "What did President Lee Jae Myung warn about?";
    public static final String ENGLISH_STABILITY = "What did Xi Jinping say about stability in Northeast Asia?";
    public static final Map<String, String> RENDERINGS = Map.of(
            KOREAN_WARNING, ENGLISH_WARNING, CHINESE_STABILITY, ENGLISH_STABILITY);

    private static final Pattern LAST_QUESTION = Pattern.compile("(?m)^Last question: (.*)$");
    private static final Pattern TRANSLATE = Pattern.compile("(?m)^Question in ([^:]+): (.*)$");
    private static final Pattern QUESTION = Pattern.compile("(?m)^Question: (.*)$");
    private static final Map<String, String> IN_LANGUAGE = Map.of(
            "Korean", "기사의 첫 번째 구절이 이 질문에 답합니다 [1]. 자세한 내용은 기사에 있습니다.",
            "Chinese", "文章的第一段回答了这个问题 [1]。详情见文章。");

    private final Map<String, String> rewrites;
    private final Map<String, String> translations;

    public ScriptedModel(Map<String, String> rewrites, Map<String, String> translations) {
        this.rewrites = Map.copyOf(rewrites);
        this.translations = Map.copyOf(translations);
    }

    @Override
    public String apply(RecordedRequest request) {
        String prompt = request.lastUserMessage();
        if (request.systemMessage() == null) {
            Matcher translate = TRANSLATE.matcher(prompt);
            if (translate.find()) {
                return translations.getOrDefault(translate.group(2).strip(), translate.group(2).strip());
            }
            Matcher rewrite = LAST_QUESTION.matcher(prompt);
            if (rewrite.find()) {
                return rewrites.getOrDefault(rewrite.group(1).strip(), rewrite.group(1).strip());
            }
        }
        for (Map.Entry<String, String> language : IN_LANGUAGE.entrySet()) {
            if (prompt.contains("written in " + language.getKey() + ".")) {
                return language.getValue();
            }
        }
        Matcher question = QUESTION.matcher(prompt);
        return "The first passage answers this [1]. The question was \"" + (question.find() ? question.group(1) : "?")
                + "\" and the article says so [1].";
    }

    /** Whether a recorded request is an answer request (it has the system prompt) rather than a rewrite or rendering. */
    public static boolean isAnswer(RecordedRequest request) {
        return request.systemMessage() != null;
    }

    /** Whether a recorded request asks for a question's English rendering. */
    public static boolean isTranslation(RecordedRequest request) {
        return request.systemMessage() == null && TRANSLATE.matcher(request.lastUserMessage()).find();
    }
}
