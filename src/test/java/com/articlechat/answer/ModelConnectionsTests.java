package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;

/**
 * Dropping a streamed call's connection before its first token, with the real Ollama client against a
 * bare socket that sends the response headers and then nothing, and sees when the client hangs up.
 */
class ModelConnectionsTests {

    private ServerSocket server;
    private final CompletableFuture<Socket> accepted = new CompletableFuture<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                Socket socket = server.accept();
                readRequest(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                accepted.complete(socket);
            } catch (IOException e) {
                accepted.completeExceptionally(e);
            }
        }, "silent-model");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void should_close_the_connection_of_a_call_that_is_dropped_before_its_first_token() throws Exception {
        // given: a call whose headers have come, and no token
        ModelConnections.Connection connection = new ModelConnections.Connection();
        start(connection);
        Socket socket = accepted.get(10, TimeUnit.SECONDS);
        Thread.sleep(300); // the client reads the headers and starts parsing the body

        // when
        connection.drop();

        // then: the model's end sees the connection closed
        assertThat(readsEndOfStream(socket, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void should_keep_the_connection_of_a_call_that_is_not_dropped() throws Exception {
        // given
        start(new ModelConnections.Connection());
        Socket socket = accepted.get(10, TimeUnit.SECONDS);

        // then: without a drop the client waits for the model, which is what left connections open
        assertThat(readsEndOfStream(socket, Duration.ofSeconds(1))).isFalse();
    }

    private void start(ModelConnections.Connection connection) {
        StreamingChatModel model = OllamaStreamingChatModel.builder()
                .httpClientBuilder(ModelConnections.droppable(new JdkHttpClientBuilder()
                        .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))))
                .baseUrl("http://127.0.0.1:" + server.getLocalPort())
                .modelName("llama3.2:3b")
                .timeout(Duration.ofSeconds(30))
                .build();
        try (ModelConnections.Binding bound = ModelConnections.bind(connection)) {
            model.chat("Hi", new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                }

                @Override
                public void onError(Throwable error) {
                }
            });
        }
    }

    private static boolean readsEndOfStream(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the client: closed as well
        }
    }

    /** Reads the request line, headers and a body of Content-Length bytes. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
    }
}
