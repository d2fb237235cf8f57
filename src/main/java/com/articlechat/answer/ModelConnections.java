package com.articlechat.answer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * Lets a streamed model call's connection be dropped from outside. LangChain4j hands out a handle on a
 * stream only with its first token, so a model that sends its headers and then nothing would keep its
 * connection open for good after the watchdog gave up on it. This wraps the clients' HTTP client: the
 * response body of a call started while a {@link Connection} is {@linkplain #bind bound} to the thread
 * is remembered there, and {@link Connection#drop()} closes it, which closes the connection.
 * (Before the headers arrive the client's own timeout, {@code articlechat.ollama.timeout}, ends the call.)
 */
final class ModelConnections {

    private static final ThreadLocal<Connection> BOUND = new ThreadLocal<>();

    private ModelConnections() {
    }

    /** The connection of one call; dropping it before the response arrives drops the response when it does. */
    static final class Connection {

        private InputStream body; // guarded by this
        private boolean dropped;  // guarded by this

        void drop() {
            InputStream open;
            synchronized (this) {
                dropped = true;
                open = body;
                body = null;
            }
            closeQuietly(open);
        }

        private void opened(InputStream in) {
            synchronized (this) {
                if (!dropped) {
                    body = in;
                    return;
                }
            }
            closeQuietly(in);
        }
    }

    /** Ends the binding made by {@link #bind}. */
    interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    /** Binds {@code connection} to this thread for the call started within; the clients start calls synchronously. */
    static Binding bind(Connection connection) {
        BOUND.set(connection);
        return BOUND::remove;
    }

    /** Wraps an HTTP client builder so that the clients it builds honour {@link #bind}. */
    static HttpClientBuilder droppable(HttpClientBuilder builder) {
        return new Builder(builder);
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // Closing is all that is wanted; a failure to close cleanly still ends the exchange.
        }
    }

    private static final class Builder implements HttpClientBuilder {

        private final HttpClientBuilder delegate;

        private Builder(HttpClientBuilder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Duration connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            delegate.connectTimeout(timeout);
            return this;
        }

        @Override
        public Duration readTimeout() {
            return delegate.readTimeout();
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            delegate.readTimeout(timeout);
            return this;
        }

        @Override
        public HttpClient build() {
            return new Client(delegate.build());
        }
    }

    private static final class Client implements HttpClient {

        private final HttpClient delegate;

        private Client(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            return delegate.execute(request);
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            Connection connection = BOUND.get();
            if (connection == null) {
                delegate.execute(request, parser, listener);
                return;
            }
            delegate.execute(request, (body, events) -> {
                connection.opened(body);
                parser.parse(body, events);
            }, listener);
        }
    }
}
