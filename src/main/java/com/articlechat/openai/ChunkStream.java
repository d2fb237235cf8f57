package com.articlechat.openai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerListener;
import com.articlechat.answer.Citation;
import com.articlechat.answer.StreamedText;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a streamed answer as OpenAI's server-sent events: {@code data: <chunk>} lines, a first
 * chunk with the role, text chunks, a last chunk with {@code finish_reason} and the citations, then
 * {@code data: [DONE]}. A client appends every text chunk and cannot take one back, so only checked
 * text is sent ({@link StreamedText}); if the answer turns out different (the model stopped, or cited
 * nothing, and quotes take its place), the final answer follows what was sent, after a blank line.
 * An extractive answer, which comes whole, is sent word by word like a model's.
 */
final class ChunkStream implements AnswerListener {

    private static final Logger log = LoggerFactory.getLogger(ChunkStream.class);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    // A word with the whitespace before it, or trailing whitespace: the pieces join back to the text.
    private static final Pattern WORD = Pattern.compile("\\s*\\S+|\\s+");

    private final ResponseBodyEmitter emitter;
    private final JsonMapper json;
    private final ChatCompletion.Header header;
    private final int quoteLength;
    private StreamedText text = new StreamedText(0);
    // Set by the first failed send. A reader closing the connection is routine, not an error of ours.
    private volatile boolean readerGone;

    ChunkStream(ResponseBodyEmitter emitter, JsonMapper json, ChatCompletion.Header header, int quoteLength) {
        this.emitter = emitter;
        this.json = json;
        this.header = header;
        this.quoteLength = quoteLength;
    }

    @Override
    public void passages(List<Citation> passages) {
        text = new StreamedText(passages.size());
        chunk(new ChatCompletion.Delta("assistant", ""), null, null);
    }

    @Override
    public void token(String piece) {
        String checked = text.append(piece);
        if (!checked.isEmpty()) {
            chunk(new ChatCompletion.Delta(null, checked), null, null);
        }
    }

    @Override
    public void done(Answer answer) {
        String full = ReplyText.of(answer, quoteLength);
        String shown = text.shown();
        String rest = full.startsWith(shown) ? full.substring(shown.length()) : "\n\n" + full;
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            chunk(new ChatCompletion.Delta(null, word.group()), null, null);
        }
        chunk(new ChatCompletion.Delta(null, null), "stop", ChatCompletion.Checked.of(answer));
        data("[DONE]");
        emitter.complete();
    }

    @Override
    public void failed(RuntimeException error) {
        if (readerGone) {
            log.debug("The reader left before the answer was complete: {}", error.toString());
            emitter.complete();
            return;
        }
        log.error("Streamed answer failed", error);
        endWithError("The answer could not be completed. Please ask again.", null);
    }

    /** The stream timeout: says so, as OpenAI does mid-stream, with an error event. */
    void timedOut(String message) {
        endWithError(message, "timeout");
    }

    private void endWithError(String message, String code) {
        try {
            data(json.writeValueAsString(OpenAiError.of(message, "server_error", null, code)));
        } catch (UncheckedIOException | IllegalStateException nobodyToTell) {
            // The reader left meanwhile, or the response has ended.
        } finally {
            emitter.complete();
        }
    }

    private void chunk(ChatCompletion.Delta delta, String finishReason, ChatCompletion.Checked checked) {
        data(json.writeValueAsString(ChatCompletion.Chunk.of(header, delta, finishReason, checked)));
    }

    /** One event, exactly as OpenAI writes it: {@code data: <payload>} and a blank line. */
    private void data(String payload) {
        try {
            emitter.send("data: " + payload + "\n\n", TEXT);
        } catch (IOException e) {
            readerGone = true;
            throw new UncheckedIOException(new IOException("The reader disconnected", e));
        } catch (IllegalStateException e) {
            if (e.getCause() != null) {
                throw e; // a failure to write the event: ours, not the reader's
            }
            // Without a cause it is the emitter refusing to send: the response ended (reader gone or timed out).
            readerGone = true;
            throw new UncheckedIOException(new IOException("The response has already ended", e));
        }
    }
}
