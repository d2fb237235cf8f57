package com.articlechat.support;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for an Ollama server, speaking its documented HTTP wire format
 * ({@code GET /api/tags}, {@code POST /api/chat} streaming and not), so the real
 * {@code langchain4j-ollama} client can be exercised without Ollama or model weights.
 * Configuration methods may be called from any thread; they apply to requests that arrive afterwards.
 */
public final class OllamaStandIn implements AutoCloseable {

    /** How the last streamed response ended, so tests can tell a cancellation from a completion. */
    public enum StreamOutcome { COMPLETED, CLIENT_DISCONNECTED, FAILED_ON_PURPOSE, ABORTED_ON_PURPOSE, NONE }

    /** The default model, the one the application is configured with. */
    public static final String DEFAULT_MODEL = "llama3.2:3b";

    /** The text real Ollama sends in its error line when the model runner dies mid-answer. */
    public static final String STREAM_FAILURE_MESSAGE =
            "an error was encountered while running the model: unexpected EOF";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_UTF8 = "application/json; charset=utf-8";
    // A word with the whitespace before it, or trailing whitespace alone: the pieces concatenate back to the reply.
    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+");

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Object streamMonitor = new Object();
    private StreamState lastStream; // guarded by streamMonitor
    private boolean stopped;        // guarded by this

    private volatile List<String> models;
    private volatile Function<RecordedRequest, String> replier;
    private volatile Duration tokenDelay;
    private volatile Duration chatDelay;
    private volatile int failStreamAfter;
    private volatile int abortStreamAfter;
    private volatile Duration slowHeaders;
    private volatile CountDownLatch neverAnswer; // null: answer; else chat requests wait for it, without a byte
    private final AtomicInteger chatsInFlight = new AtomicInteger();
    private final AtomicInteger maxChatsInFlight = new AtomicInteger();

    private OllamaStandIn() throws IOException {
        resetBehaviour();
        AtomicInteger threads = new AtomicInteger();
        // Several threads: the app may stream one answer while asking /api/tags or chatting on another thread.
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ollama-stand-in-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a new stand-in on 127.0.0.1 and a free port, so parallel test classes never collide. */
    public static OllamaStandIn start() {
        try {
            return new OllamaStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Ollama stand-in", e);
        }
    }

    /**
     * A loopback Ollama URL where nothing listens: the stand-in's own port, once it has stopped. The
     * app then answers extractively, saying that the model cannot be reached.
     */
    public static String unreachableUrl() {
        OllamaStandIn standIn = start();
        standIn.stop();
        return standIn.baseUrl();
    }

    /** The URL to give the client as its Ollama base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sets what {@code /api/tags} lists and which models chat accepts (others get Ollama's 404). */
    public OllamaStandIn models(String... names) {
        this.models = List.of(names);
        return this;
    }

    /** Sets the assistant text for every following chat call. */
    public OllamaStandIn reply(String text) {
        return reply(request -> text);
    }

    /** Computes each reply from the request, e.g. to cite passages the prompt was sent. */
    public OllamaStandIn reply(Function<RecordedRequest, String> replier) {
        this.replier = replier;
        return this;
    }

    /** Pauses before each streamed token, to make streams slow enough to observe or cancel. */
    public OllamaStandIn tokenDelay(Duration delay) {
        this.tokenDelay = delay;
        return this;
    }

    /** Streaming: after N tokens, sends Ollama's {@code {"error":...}} line and ends the stream, as when the runner dies. */
    public OllamaStandIn failStreamAfter(int tokens) {
        this.failStreamAfter = tokens;
        return this;
    }

    /**
     * Streaming: after N tokens, cuts the connection without a final line, as when Ollama crashes.
     * The JDK client drops lines it received but had not yet parsed when the connection breaks,
     * so set a {@link #tokenDelay} if the test also counts the partial responses.
     */
    public OllamaStandIn abortStreamAfter(int tokens) {
        this.abortStreamAfter = tokens;
        return this;
    }

    /**
     * Streamed chats only: the response headers come after this long, then the answer streams as usual.
     * Ollama sends a stream's headers with its first token, so this is a model loading or slow to start;
     * the blocking one-token requests of a health probe are not delayed.
     */
    public OllamaStandIn slowHeaders(Duration delay) {
        this.slowHeaders = delay;
        return this;
    }

    /**
     * Every chat request, streamed or not, is accepted and read, and then nothing is sent back, not even
     * headers, until {@link #reset()} or {@link #stop()}: a model that hangs while Ollama still lists it.
     */
    public OllamaStandIn neverAnswer() {
        this.neverAnswer = new CountDownLatch(1);
        return this;
    }

    /** Chat requests being answered now: received, and neither finished nor found abandoned by the client. */
    public int chatsInFlight() {
        return chatsInFlight.get();
    }

    /** The most chat requests that were being answered at once since the start or the last {@link #reset()}. */
    public int maxChatsInFlight() {
        return maxChatsInFlight.get();
    }

    /** Delays chat response headers, to provoke client timeouts. */
    public OllamaStandIn chatDelay(Duration delay) {
        this.chatDelay = delay;
        return this;
    }

    /** Every request received, in arrival order; a snapshot, safe to read while requests arrive. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Only the {@code POST /api/chat} requests, which is what most assertions are about. */
    public List<RecordedRequest> chatRequests() {
        return requests.stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/chat"))
                .toList();
    }

    /**
     * Waits until a streamed response has started and the latest one has ended one way or the other,
     * because streaming callbacks and the server's writes run on other threads than the test.
     * A stream that ended earlier counts: {@link #reset()} between streams to wait for the next one.
     */
    public boolean awaitStreamEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            StreamState stream;
            synchronized (streamMonitor) {
                while (lastStream == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(streamMonitor, left);
                }
                stream = lastStream;
            }
            return stream.ended.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How the latest stream ended; {@code NONE} if none has started or it is still running. */
    public StreamOutcome lastStreamOutcome() {
        StreamState stream = latestStream();
        return stream == null ? StreamOutcome.NONE : stream.outcome;
    }

    /** Tokens actually written in the latest stream, to prove a cancellation stopped it early. */
    public int tokensWritten() {
        StreamState stream = latestStream();
        return stream == null ? 0 : stream.tokensWritten.get();
    }

    /** Stops listening, so the port refuses connections, as when Ollama is down. Idempotent. */
    public void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        CountDownLatch held = neverAnswer;
        if (held != null) {
            held.countDown();
        }
        server.stop(0);
        executor.shutdownNow(); // wakes handlers sleeping in a delay
    }

    /** Same as {@link #stop()}, for try-with-resources and {@code @AfterEach}. */
    @Override
    public void close() {
        stop();
    }

    /** Forgets recorded requests and streams and restores default behaviour, for a stand-in shared across tests. */
    public void reset() {
        requests.clear();
        synchronized (streamMonitor) {
            lastStream = null;
        }
        resetBehaviour();
        maxChatsInFlight.set(chatsInFlight.get());
    }

    private void resetBehaviour() {
        models = List.of(DEFAULT_MODEL);
        replier = request -> "Hello from the Ollama stand-in.";
        tokenDelay = Duration.ZERO;
        chatDelay = Duration.ZERO;
        failStreamAfter = -1;
        abortStreamAfter = -1;
        slowHeaders = Duration.ZERO;
        CountDownLatch held = neverAnswer;
        neverAnswer = null;
        if (held != null) {
            held.countDown(); // the held requests end without an answer, their connections closed
        }
    }

    private StreamState latestStream() {
        synchronized (streamMonitor) {
            return lastStream;
        }
    }

    // ---- HTTP handling -------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        boolean closeCleanly = true;
        try {
            RecordedRequest request = record(exchange);
            String route = request.method() + " " + request.path();
            switch (route) {
                case "GET /", "HEAD /" -> send(exchange, 200, "text/plain; charset=utf-8", "Ollama is running");
                case "GET /api/version" -> send(exchange, 200, JSON_UTF8, json(Map.of("version", "0.9.0")));
                case "GET /api/tags" -> send(exchange, 200, JSON_UTF8, tagsBody());
                case "POST /api/chat" -> closeCleanly = chat(exchange, request);
                case "POST /api/embed" -> embed(exchange, request);
                // gin's default for unknown routes, methods included
                default -> send(exchange, 404, "text/plain", "404 page not found");
            }
        } catch (AbortStream e) {
            closeCleanly = false;
            throw e;
        } catch (IOException e) {
            // The client went away (e.g. it timed out during chatDelay); nothing left to tell it.
        } finally {
            if (closeCleanly) {
                exchange.close();
            }
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        String body;
        try (var in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body);
        requests.add(request);
        return request;
    }

    /**
     * {@code /api/embed}: real Ollama runs an embedding model; the stand-in hashes words into a
     * fixed-size vector, which is deterministic and still puts texts sharing words close together.
     */
    private void embed(HttpExchange exchange, RecordedRequest request) throws IOException {
        Map<String, Object> body = request.json();
        String model = (String) body.get("model");
        if (model == null || !models.contains(model)) {
            send(exchange, 404, JSON_UTF8, error("model \"" + model + "\" not found, try pulling it first"));
            return;
        }
        Object input = body.get("input");
        List<?> inputs = input instanceof List<?> list ? list : List.of(String.valueOf(input));
        List<double[]> vectors = new ArrayList<>();
        for (Object text : inputs) {
            vectors.add(hashedWords(String.valueOf(text)));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("model", model);
        response.put("embeddings", vectors);
        response.put("total_duration", 14_143_917L);
        response.put("load_duration", 1_019_500L);
        response.put("prompt_eval_count", inputs.size() * 8);
        send(exchange, 200, JSON_UTF8, json(response));
    }

    /** Dimension of the stand-in's embeddings. */
    public static final int EMBEDDING_DIMENSION = 256;

    static double[] hashedWords(String text) {
        double[] vector = new double[EMBEDDING_DIMENSION];
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                vector[Math.floorMod(word.hashCode(), EMBEDDING_DIMENSION)] += 1;
            }
        }
        double norm = Math.sqrt(java.util.Arrays.stream(vector).map(v -> v * v).sum());
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= norm;
        }
        return vector;
    }

    /** Returns false when the connection was cut on purpose and must not be closed cleanly. */
    private boolean chat(HttpExchange exchange, RecordedRequest request) throws IOException {
        Map<String, Object> body;
        try {
            body = request.json();
        } catch (IllegalArgumentException e) {
            send(exchange, 400, JSON_UTF8, error("invalid character in request body"));
            return true;
        }
        String model = (String) body.get("model");
        if (model == null || model.isBlank()) {
            send(exchange, 400, JSON_UTF8, error("model is required"));
            return true;
        }
        if (!models.contains(model)) {
            send(exchange, 404, JSON_UTF8, error("model \"" + model + "\" not found, try pulling it first"));
            return true;
        }
        int now = chatsInFlight.incrementAndGet();
        maxChatsInFlight.accumulateAndGet(now, Math::max);
        Runnable finished = once(chatsInFlight::decrementAndGet);
        try {
            return answer(exchange, request, model, finished);
        } finally {
            finished.run();
        }
    }

    /** Answers a valid chat request; calls {@code finished} as soon as the answer is complete or abandoned. */
    private boolean answer(HttpExchange exchange, RecordedRequest request, String model, Runnable finished)
            throws IOException {
        CountDownLatch held = neverAnswer;
        if (held != null) {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AbortStream(); // released: the connection is dropped, as when a hung Ollama is restarted
        }
        pause(chatDelay);
        String reply;
        try {
            reply = replier.apply(request);
        } catch (RuntimeException e) {
            // Surface a broken test replier as a server error rather than a silent hang-up.
            send(exchange, 500, JSON_UTF8, error("stand-in replier failed: " + e));
            return true;
        }
        if (!request.stream()) {
            Map<String, Object> response = line(model, reply);
            response.put("done_reason", "stop");
            response.put("done", true);
            response.putAll(counts(request, tokens(reply).size()));
            send(exchange, 200, JSON_UTF8, json(response));
            return true;
        }
        return stream(exchange, request, model, reply, finished);
    }

    private static Runnable once(Runnable action) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    private boolean stream(HttpExchange exchange, RecordedRequest request, String model, String reply,
            Runnable finished) throws IOException {
        StreamState state = new StreamState();
        synchronized (streamMonitor) {
            lastStream = state;
            streamMonitor.notifyAll();
        }
        int failAfter = failStreamAfter;
        int abortAfter = abortStreamAfter;
        Duration delay = tokenDelay;
        List<String> tokens = tokens(reply);
        try {
            pause(slowHeaders);
            exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0); // 0 = chunked
            OutputStream out = exchange.getResponseBody();
            for (int next = 0; ; next++) {
                // The pause comes first: a runner that dies does so while producing the next token,
                // which also gives the client time to consume the lines already sent.
                pause(delay);
                if (next == failAfter) {
                    writeLine(out, error(STREAM_FAILURE_MESSAGE));
                    state.end(StreamOutcome.FAILED_ON_PURPOSE);
                    return true;
                }
                if (next == abortAfter) {
                    state.end(StreamOutcome.ABORTED_ON_PURPOSE);
                    // An exception out of the handler makes the JDK server drop the connection
                    // without the terminating chunk: the client sees a truncated stream.
                    throw new AbortStream();
                }
                if (next == tokens.size()) {
                    break;
                }
                Map<String, Object> line = line(model, tokens.get(next));
                line.put("done", false);
                writeLine(out, json(line));
                state.tokensWritten.incrementAndGet();
            }
            Map<String, Object> last = line(model, "");
            last.put("done_reason", "stop");
            last.put("done", true);
            last.putAll(counts(request, tokens.size()));
            // No longer in flight once the last line goes: the client may start its next call on reading it.
            finished.run();
            writeLine(out, json(last));
            state.end(StreamOutcome.COMPLETED);
            return true;
        } catch (AbortStream e) {
            throw e;
        } catch (IOException e) {
            // Broken pipe / connection reset: the client cancelled or gave up.
            state.end(StreamOutcome.CLIENT_DISCONNECTED);
            return true;
        } finally {
            state.end(StreamOutcome.CLIENT_DISCONNECTED); // no-op if ended above; covers unexpected exceptions
        }
    }

    private static void writeLine(OutputStream out, String json) throws IOException {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush(); // one chunk per line, so the client sees each token now and a disconnect shows up at once
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String tagsBody() {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (String name : models) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("parent_model", "");
            details.put("format", "gguf");
            details.put("family", "llama");
            details.put("families", List.of("llama"));
            details.put("parameter_size", "3.2B");
            details.put("quantization_level", "Q4_K_M");
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", name);
            model.put("model", name);
            model.put("modified_at", "2025-01-01T00:00:00Z"); // the client rejects a timestamp without offset
            model.put("size", 2019393189L);
            model.put("digest", "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72");
            model.put("details", details);
            listed.add(model);
        }
        return json(Map.of("models", listed));
    }

    /** The fields every chat line starts with, in Ollama's order. */
    private static Map<String, Object> line(String model, String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("model", model);
        line.put("created_at", Instant.now().toString());
        line.put("message", message);
        return line;
    }

    private static Map<String, Object> counts(RecordedRequest request, int evalCount) {
        int promptCount = request.messages().stream()
                .mapToInt(m -> tokens(String.valueOf(m.getOrDefault("content", ""))).size())
                .sum();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total_duration", 1_000_000L * (50 + evalCount));
        counts.put("load_duration", 1_000_000L);
        counts.put("prompt_eval_count", promptCount);
        counts.put("prompt_eval_duration", 10_000_000L);
        counts.put("eval_count", evalCount);
        counts.put("eval_duration", 1_000_000L * evalCount);
        return counts;
    }

    /** Splits a reply into word-sized pieces whose concatenation is exactly the reply. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String error(String message) {
        return json(Map.of("error", message));
    }

    private static String json(Object value) {
        try {
            // Go's encoder escapes these; doing the same keeps the bytes identical to real Ollama's.
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration delay) throws IOException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stand-in stopped", e);
        }
    }

    /** Thrown out of the handler so the JDK server closes the socket mid-stream. */
    private static final class AbortStream extends IOException {
        AbortStream() {
            super("connection cut on purpose");
        }
    }

    private static final class StreamState {
        final AtomicInteger tokensWritten = new AtomicInteger();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile StreamOutcome outcome = StreamOutcome.NONE;

        synchronized void end(StreamOutcome how) {
            if (ended.getCount() > 0) {
                outcome = how;
                ended.countDown();
            }
        }
    }

    /**
     * One request as received; headers are looked up case-insensitively. The helpers parse the body
     * as Ollama would, so assertions can talk about model, messages and options rather than raw JSON.
     */
    public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

        public RecordedRequest {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            headers = Collections.unmodifiableMap(copy);
            body = body == null ? "" : body;
        }

        /** The first value of a header, or null: handy for Content-Type and Upgrade checks. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The body as a JSON object (empty for an empty body). */
        public Map<String, Object> json() {
            if (body.isBlank()) {
                return Map.of();
            }
            try {
                return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (JacksonException e) {
                throw new IllegalArgumentException("request body is not a JSON object: " + body, e);
            }
        }

        /** Whether the answer is streamed: Ollama streams unless told {@code "stream": false}. */
        public boolean stream() {
            return !Boolean.FALSE.equals(json().get("stream"));
        }

        /** The requested model name. */
        public String model() {
            return (String) json().get("model");
        }

        /** The chat messages, each with role and content. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> messages() {
            Object messages = json().get("messages");
            return messages instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        }

        /** The model options ({@code temperature}, {@code num_ctx}, ...), empty when none were sent. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> options() {
            Object options = json().get("options");
            return options instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        /** The content of the first system message, or null. */
        public String systemMessage() {
            return messages().stream()
                    .filter(m -> "system".equals(m.get("role")))
                    .map(m -> (String) m.get("content"))
                    .findFirst().orElse(null);
        }

        /** The content of the last user message, or null: usually the question with its passages. */
        public String lastUserMessage() {
            List<Map<String, Object>> messages = messages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                if ("user".equals(messages.get(i).get("role"))) {
                    return (String) messages.get(i).get("content");
                }
            }
            return null;
        }
    }
}
