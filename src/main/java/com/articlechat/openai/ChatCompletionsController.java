package com.articlechat.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerStream;
import com.articlechat.answer.Generation;
import com.articlechat.conversation.ConversationService;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/chat/completions}: the last user message answered as {@code /api/ask} answers it,
 * the earlier messages being the conversation, blocking or ({@code "stream": true}) as OpenAI's
 * server-sent events.
 */
@RestController
class ChatCompletionsController {

    private static final MediaType EVENT_STREAM = new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8);

    private final ConversationService conversations;
    private final ArticleModels models;
    private final OpenAiProperties properties;
    private final JsonMapper json;

    ChatCompletionsController(ConversationService conversations, ArticleModels models, OpenAiProperties properties,
            JsonMapper json) {
        this.conversations = conversations;
        this.models = models;
        this.properties = properties;
        this.json = json;
    }

    // Both kinds of answer are written by an emitter: Spring chooses how to write a response by the
    // declared return type, and one endpoint returns JSON or a stream depending on the body.
    // No "consumes": a request that is not JSON must reach the handler, to be refused in OpenAI's shape.
    @PostMapping("/v1/chat/completions")
    ResponseEntity<ResponseBodyEmitter> complete(@RequestBody ChatCompletionRequest request) throws IOException {
        String scope = models.scope(request.model());
        ChatCompletionRequest.Transcript transcript = request.transcript(properties);
        Generation generation = request.generation();
        ChatCompletion.Header header = ChatCompletion.Header.start(
                request.model() == null || request.model().isBlank() ? ArticleModels.ALL : request.model());
        if (request.streams()) {
            return stream(transcript, scope, generation, header);
        }
        Answer answer = conversations.ask(transcript.question(), scope, transcript.history(), generation);
        ResponseBodyEmitter body = new ResponseBodyEmitter();
        body.send(json.writeValueAsString(ChatCompletion.of(header, answer, properties.sourceQuoteLength())),
                MediaType.APPLICATION_JSON);
        body.complete();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private ResponseEntity<ResponseBodyEmitter> stream(ChatCompletionRequest.Transcript transcript, String scope,
            Generation generation, ChatCompletion.Header header) {
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(properties.streamTimeout().toMillis());
        ChunkStream chunks = new ChunkStream(emitter, json, header, properties.sourceQuoteLength());
        AnswerStream stream = conversations.stream(transcript.question(), scope, transcript.history(), generation,
                chunks);
        // Whatever ends the response (the reader leaving, a timeout, an error) also ends the model call.
        emitter.onCompletion(stream::cancel);
        emitter.onError(error -> stream.cancel());
        emitter.onTimeout(() -> {
            stream.cancel();
            chunks.timedOut("The answer took longer than " + properties.streamTimeout().toSeconds()
                    + " s (articlechat.openai.stream-timeout) and was stopped.");
        });
        return ResponseEntity.ok().contentType(EVENT_STREAM).cacheControl(CacheControl.noCache()).body(emitter);
    }
}
