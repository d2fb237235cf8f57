package com.articlechat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Fetching a page from a URL: which URLs are refused, how redirects and failures are handled. */
class UrlImporterTests {

    private HttpServer site;
    private ExecutorService executor;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startSite() throws IOException {
        executor = Executors.newCachedThreadPool();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.setExecutor(executor);
        site.createContext("/", this::serve);
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
        executor.shutdownNow();
    }

    @Test
    void should_refuse_a_loopback_url_before_connecting_when_private_hosts_are_not_allowed() {
        UrlImporter importer = importer(false, 5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> importer.fetch(siteUrl("/news")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> importer.fetch("http://localhost:" + port() + "/news"))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/", "http://172.16.5.4/", "http://192.168.1.10/",
            "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://224.0.0.1/", "http://100.64.0.1/",
            "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::]/", "http://[ff02::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::7f00:1]/", "https://127.1.2.3:8443/x"})
    void should_refuse_private_link_local_and_multicast_hosts(String url) {
        assertThatThrownBy(() -> importer(false, 5, Duration.ofSeconds(1)).fetch(url))
                .isInstanceOf(ImportRefusedException.class);
    }

    @Test
    void should_count_public_addresses_as_public() throws IOException {
        assertThat(PublicAddresses.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(PublicAddresses.isPrivate(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/a.html", "javascript:alert(1)",
            "gopher://example.com/", "not a url", "//example.com/no-scheme", "http://user:secret@example.com/"})
    void should_refuse_urls_that_are_not_plain_http_or_https(String url) {
        assertThatThrownBy(() -> importer(true, 5, Duration.ofSeconds(1)).fetch(url))
                .isInstanceOf(ImportRefusedException.class);
    }

    @Test
    void should_extract_the_article_of_a_news_page() {
        ExtractedArticle article = importer(true, 5, Duration.ofSeconds(5)).fetch(siteUrl("/news"));

        assertThat(article.title()).isEqualTo("Seoul and Beijing agree to restart high-level economic dialogue");
        Article parsed = ArticleParser.parse("news", article.text());
        assertThat(parsed.paragraphs()).hasSize(HtmlArticlesTests.NEWS_PAGE_PARAGRAPHS.size());
        assertThat(parsed.metadata().byline()).isEqualTo("Mina Park");
    }

    @Test
    void should_follow_redirects_up_to_the_bound_checking_every_hop() {
        ExtractedArticle article = importer(true, 3, Duration.ofSeconds(5)).fetch(siteUrl("/redirect/3"));

        assertThat(article.text()).contains(HtmlArticlesTests.NEWS_PAGE_PARAGRAPHS.get(0));
        assertThat(requests).hasValue(4);
    }

    @Test
    void should_refuse_a_redirect_chain_longer_than_the_bound() {
        UrlImporter importer = importer(true, 3, Duration.ofSeconds(5));

        assertThatThrownBy(() -> importer.fetch(siteUrl("/redirect/4")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("redirects more than 3 times");
        assertThat(requests).hasValue(4);
    }

    @Test
    void should_refuse_a_redirect_to_a_url_that_would_be_refused_itself() {
        assertThatThrownBy(() -> importer(true, 5, Duration.ofSeconds(5)).fetch(siteUrl("/to-file")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("file:");
        assertThat(requests).hasValue(1);
    }

    @Test
    void should_refuse_a_redirect_to_a_url_with_a_user_name_and_password() {
        UrlImporter importer = importer(true, 5, Duration.ofSeconds(5));

        for (String path : List.of("/to-credentials", "/to-credentials-relative")) {
            requests.set(0);
            assertThatThrownBy(() -> importer.fetch(siteUrl(path)))
                    .isInstanceOf(ImportRefusedException.class).hasMessageContaining("user name or password");
            assertThat(requests).hasValue(1);
        }
    }

    @Test
    void should_refuse_a_page_larger_than_the_limit_rather_than_import_part_of_it() {
        UrlImporter small = new UrlImporter(new ImportProperties(Duration.ofSeconds(5), DataSize.ofKilobytes(4), 5,
                true, "article-chat-test"));
        UrlImporter large = new UrlImporter(new ImportProperties(Duration.ofSeconds(5), DataSize.ofMegabytes(2), 5,
                true, "article-chat-test"));

        assertThatThrownBy(() -> small.fetch(siteUrl("/news")))
                .isInstanceOf(PageTooLargeException.class).hasMessageContaining("4096 bytes");
        assertThat(large.fetch(siteUrl("/news")).text()).contains(HtmlArticlesTests.NEWS_PAGE_PARAGRAPHS.get(0));
    }

    @Test
    void should_report_an_upstream_error_status_as_a_failed_fetch() {
        assertThatThrownBy(() -> importer(true, 5, Duration.ofSeconds(5)).fetch(siteUrl("/missing")))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("404");
    }

    @Test
    void should_report_a_refused_connection_as_a_failed_fetch() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> importer(true, 5, Duration.ofSeconds(5)).fetch("http://127.0.0.1:" + closedPort + "/"))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("refused");
    }

    @Test
    void should_give_up_on_a_site_that_does_not_answer_in_time() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> importer(true, 5, Duration.ofMillis(400)).fetch(siteUrl("/slow")))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void should_find_no_article_in_a_page_that_is_not_html_or_lists_only_headlines() {
        UrlImporter importer = importer(true, 5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> importer.fetch(siteUrl("/data.json"))).isInstanceOf(NoArticleFoundException.class);
        assertThatThrownBy(() -> importer.fetch(siteUrl("/section"))).isInstanceOf(NoArticleFoundException.class);
    }

    private UrlImporter importer(boolean allowPrivateHosts, int maxRedirects, Duration timeout) {
        return new UrlImporter(new ImportProperties(timeout, DataSize.ofMegabytes(2), maxRedirects, allowPrivateHosts,
                "article-chat-test"));
    }

    private String siteUrl(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private int port() {
        return site.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/news")) {
                send(exchange, 200, "text/html; charset=utf-8", HtmlArticlesTests.resource("news-page.html"));
            } else if (path.equals("/section")) {
                send(exchange, 200, "text/html; charset=utf-8", HtmlArticlesTests.resource("section-front.html"));
            } else if (path.equals("/data.json")) {
                send(exchange, 200, "application/json", "{\"title\": \"not a page\"}");
            } else if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring("/redirect/".length()));
                // Relative locations, as many sites send them.
                redirect(exchange, left == 1 ? "/news" : "/redirect/" + (left - 1));
            } else if (path.equals("/to-file")) {
                redirect(exchange, "file:///etc/passwd");
            } else if (path.equals("/to-credentials")) {
                redirect(exchange, "http://editor:secret@127.0.0.1:" + port() + "/news");
            } else if (path.equals("/to-credentials-relative")) {
                redirect(exchange, "//editor:secret@127.0.0.1:" + port() + "/news");
            } else if (path.equals("/slow")) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(exchange, 200, "text/html", HtmlArticlesTests.resource("news-page.html"));
            } else {
                send(exchange, 404, "text/html", "<html><body><h1>Not found</h1></body></html>");
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
