package com.articlechat.web;

import static com.articlechat.web.AskApiIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.Browser;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;
import com.articlechat.support.OllamaStandIn.StreamOutcome;
import tools.jackson.databind.JsonNode;

/**
 * The chat page in headless Chromium against the running application and the Ollama stand-in:
 * streamed answers, citation chips that scroll to and highlight the quote, the extractive fallback,
 * untrusted text kept as text, and the composer's keys and Stop button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s"})
class ChatPageIT {

    static final String ARTICLE = "korea-china-visit";
    static final String QUESTION = "How long was Lee Jae Myung's visit to China, and which cities did it include?";
    /** A file the catalog cannot read: listed by GET /api/articles with a null version, and sorted first. */
    static final String BROKEN_ARTICLE = "a-draft";
    static final String XSS = "<img src=x onerror=alert(1)>";
    static final String XSS_FLAG = "<img src=y onerror=\"window.__xss=1\">";

    // A passage line of the prompt starts with its number: "[3] ...".
    private static final Pattern PASSAGE_START = Pattern.compile("(?m)^\\[(\\d+)]");

    private static final Path KNOWLEDGE = knowledgeWithABrokenFile();
    private static final OllamaStandIn ollama = OllamaStandIn.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", ollama::baseUrl);
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() {
        ollama.close();
        FileSystemUtils.deleteRecursively(KNOWLEDGE.toFile());
    }

    @LocalServerPort
    int port;

    private Browser chromium;
    private WebDriver page;
    private final AtomicReference<Object> lastScrollTop = new AtomicReference<>();

    @BeforeEach
    void startBrowser() {
        chromium = Browser.launch();
        page = chromium.driver();
        ollama.reset();
        ollama.reply(ChatPageIT::citingReply);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void should_show_the_article_and_offer_only_articles_that_can_be_read() {
        // given: the catalog also lists a file it could not read
        ApiClient api = new ApiClient(port);
        List<JsonNode> listed = list(api.get("/api/articles").json());
        assertThat(listed).extracting(a -> a.path("id").asString()).containsExactly(BROKEN_ARTICLE, ARTICLE);
        assertThat(listed.get(0).path("version").isNull()).isTrue();
        JsonNode article = api.get("/api/articles/" + ARTICLE).json();

        // when
        openPage();

        // then: the readable article is shown, title and all seven paragraphs, as the API has them
        assertThat(page.findElement(By.id("article-title")).getText()).isEqualTo(article.path("title").asString());
        List<WebElement> paragraphs = page.findElements(By.cssSelector("#article-body p.para"));
        assertThat(paragraphs).hasSize(7);
        List<JsonNode> expected = list(article.path("paragraphs"));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(paragraphs.get(i).getDomAttribute("id")).isEqualTo("p-" + (i + 1));
            assertThat(textContent(paragraphs.get(i))).isEqualTo(expected.get(i).path("text").asString());
        }

        // and: the unreadable file is not offered, so with one article left there is nothing to pick
        assertThat(page.findElement(By.id("picker-wrap")).isDisplayed()).isFalse();
        assertThat(page.findElements(By.cssSelector("#article-picker option")))
                .extracting(option -> option.getDomAttribute("value")).containsExactly(ARTICLE);
    }

    @Test
    void should_stream_an_answer_whose_chips_scroll_to_and_highlight_the_quote() throws IOException {
        // given: a model slow enough for the page to show its words as they come
        ollama.tokenDelay(Duration.ofMillis(150));
        openPage();
        recordStreamingStates();

        // when: the question is typed and sent with Enter
        WebElement input = page.findElement(By.id("question"));
        input.sendKeys(QUESTION);
        input.sendKeys(Keys.ENTER);
        WebElement answer = awaitAnswer(1);

        // then: the page showed a growing partial answer, with the input locked, before the final one
        String finalText = textContent(answer.findElement(By.cssSelector(".answer-text")));
        List<Map<String, Object>> states = streamingStates();
        assertThat(states).isNotEmpty();
        String firstPartial = (String) states.get(0).get("text");
        assertThat(firstPartial).isNotBlank().hasSizeLessThan(finalText.length());
        assertThat(finalText).startsWith(firstPartial);
        assertThat(states.stream().map(state -> state.get("text")).distinct().count()).isGreaterThan(1);
        assertThat(states).allSatisfy(state -> assertThat(state).containsEntry("inputDisabled", true));

        // and: it is the model's answer, with chips for the paragraphs it cites
        assertThat(answer.findElements(By.cssSelector(".badge-llm"))).hasSize(1);
        assertThat(answer.findElements(By.cssSelector(".badge-extractive"))).isEmpty();
        assertThat(chips(answer)).extracting(chip -> chip.getDomAttribute("data-paragraph")).contains("1", "6");

        // when: the chip citing paragraph 6, below the fold, is clicked
        assertThat(inView("p-6")).as("paragraph 6 starts out of view").isFalse();
        WebElement chip = chip(answer, "6");
        chip.click();

        // then: paragraph 6 scrolls into view with the citation's quote, and only it, highlighted
        chromium.await(d -> inView("p-6"));
        assertHighlighted("p-6", chip.getDomAttribute("title"), answer);
        assertThat(chip.getDomAttribute("title")).isEqualTo(quoteTheServerGives(QUESTION, 6));

        // when: the chip citing paragraph 1 is clicked
        WebElement first = chip(answer, "1");
        first.click();

        // then: the highlight moves there
        chromium.await(d -> inView("p-1") && scrollSettled());
        assertHighlighted("p-1", first.getDomAttribute("title"), answer);
        assertThat(first.getDomAttribute("title")).isEqualTo(quoteTheServerGives(QUESTION, 1));
        saveScreenshot("chat.png");
    }

    @Test
    void should_show_the_model_output_and_the_question_as_text_never_as_html() {
        // given: a model that answers with markup that would run script if it were parsed
        ollama.reply("The article says nothing about " + XSS + " or " + XSS_FLAG + " [1].");
        openPage();

        // when: the question carries markup too
        askOnPage("Is " + XSS + XSS_FLAG + " mentioned in the report on Lee's visit to China?");
        WebElement answer = awaitAnswer(1);

        // then: both are shown literally and nothing of them ran
        assertThat(page.findElement(By.cssSelector("#transcript .msg.user")).getText()).contains(XSS, XSS_FLAG);
        assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).contains(XSS, XSS_FLAG);
        assertNothingRan();

        // and: the same holds when the transcript is drawn again from storage after a reload
        page.navigate().refresh();
        chromium.await(d -> !d.findElements(By.cssSelector("#transcript .msg.bot .answer-text")).isEmpty());
        assertThat(page.findElement(By.cssSelector("#transcript .msg.bot .answer-text")).getText())
                .contains(XSS, XSS_FLAG);
        assertNothingRan();
    }

    @Test
    void should_forbid_inline_script_in_the_pages_content_security_policy() throws Exception {
        // when
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl(port) + "/")).build(), HttpResponse.BodyHandlers.discarding());

        // then: scripts come from the application's own files only
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Map<String, String> directives = new HashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        String scriptSources = directives.getOrDefault("script-src", directives.get("default-src"));
        assertThat(scriptSources).isNotNull().contains("'self'")
                .doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'").doesNotContain("*");
    }

    @Test
    void should_lock_the_input_while_answering_and_stop_the_answer_on_stop() {
        // given: an answer that would take twelve seconds to write in full
        String reply = "Lee spent four days in China [1]. " + "More and more words follow here. ".repeat(10);
        int total = reply.strip().split("\\s+").length;
        ollama.reply(reply).tokenDelay(Duration.ofMillis(200));
        openPage();
        askOnPage(QUESTION);

        // when: the first words are on the page
        chromium.await(d -> !textContent(d.findElement(By.cssSelector("#transcript .msg.bot.streaming .answer-text")))
                .isBlank());

        // then: nothing else can be sent meanwhile, but the answer can be stopped
        assertThat(page.findElement(By.id("question")).isEnabled()).isFalse();
        assertThat(page.findElement(By.id("send")).isEnabled()).isFalse();
        assertThat(page.findElement(By.id("stop")).isEnabled()).isTrue();

        // when
        page.findElement(By.id("stop")).click();

        // then: the partial answer stays, marked as stopped, and the input is free again
        WebElement stopped = chromium.await(d -> d.findElements(By.cssSelector("#transcript .msg.bot.stopped")).stream()
                .findFirst().orElse(null));
        assertThat(textContent(stopped.findElement(By.cssSelector(".answer-text")))).startsWith("Lee");
        chromium.await(d -> d.findElement(By.id("question")).isEnabled());
        assertThat(page.findElement(By.id("stop")).isEnabled()).isFalse();

        // and: the server hung up on the model too
        assertThat(ollama.awaitStreamEnd(Duration.ofSeconds(30))).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.CLIENT_DISCONNECTED);
        assertThat(ollama.tokensWritten()).isLessThan(total);
    }

    @Test
    void should_insert_a_newline_on_shift_enter_and_send_on_enter() {
        // given
        openPage();
        WebElement input = page.findElement(By.id("question"));

        // when
        input.sendKeys("How long was the visit?");
        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        input.sendKeys("And where did he stop?");

        // then: still composing, on two lines
        assertThat(input.getDomProperty("value")).isEqualTo("How long was the visit?\nAnd where did he stop?");
        assertThat(page.findElements(By.cssSelector("#transcript .msg"))).isEmpty();

        // when
        input.sendKeys(Keys.ENTER);

        // then: both lines were sent as one question
        awaitAnswer(1);
        assertThat(textContent(page.findElement(By.cssSelector("#transcript .msg.user"))))
                .isEqualTo("How long was the visit?\nAnd where did he stop?");
        assertThat(input.getDomProperty("value")).isEmpty();
    }

    // ---- with Ollama down -----------------------------------------------------------------------

    /** A second application whose Ollama is not running at all. */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "articlechat.prompts.dir=prompts",
            "articlechat.knowledge.watch=false",
            "articlechat.ollama.model=llama3.2:3b",
            "articlechat.ollama.probe-ttl=0s"})
    class WithOllamaDown {

        private static final String DOWN_URL = OllamaStandIn.unreachableUrl();

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("articlechat.ollama.base-url", () -> DOWN_URL);
            registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
        }

        @LocalServerPort
        int downPort;

        @Test
        void should_mark_a_quoted_answer_as_extractive_and_say_why() {
            // given
            openPage(downPort);
            WebElement starter = page.findElement(By.cssSelector("button.starter"));
            String question = starter.getText();

            // when: a suggested question is clicked
            starter.click();
            WebElement answer = awaitAnswer(1);

            // then: the answer is badged as extractive and carries the server's notice
            assertThat(answer.findElement(By.cssSelector(".badge-extractive")).isDisplayed()).isTrue();
            assertThat(answer.findElements(By.cssSelector(".badge-llm"))).isEmpty();
            String notice = new ApiClient(downPort).ask(question, ARTICLE).json().path("notice").asString();
            assertThat(notice).contains(DOWN_URL);
            assertThat(answer.findElement(By.cssSelector(".notice")).getText()).isEqualTo(notice);
            assertThat(chips(answer)).isNotEmpty();
        }
    }

    // ---- the stand-in model ---------------------------------------------------------------------

    /**
     * Answers as a model reading the prompt would: cites the passages holding the visit's length and
     * its stops by the numbers the prompt gave them, in whatever way the passages were cut.
     */
    static String citingReply(RecordedRequest request) {
        String prompt = request.lastUserMessage();
        return "Lee Jae Myung's state visit to China, his first as president, lasted four days"
                + marker(prompt, "has used his four") + ", the first visit by a South Korean leader to Beijing in"
                + " several years" + marker(prompt, "first visit by a South Korean leader") + ". Besides Beijing,"
                + " the trip included a stop in Shanghai" + marker(prompt, "stops in Beijing and Shanghai") + ".";
    }

    /** " [n]" for the passage of the prompt that contains {@code phrase}, or nothing when none does. */
    private static String marker(String prompt, String phrase) {
        int at = prompt.indexOf(phrase);
        if (at < 0) {
            return "";
        }
        Matcher start = PASSAGE_START.matcher(prompt).region(0, at);
        String number = null;
        while (start.find()) {
            number = start.group(1);
        }
        return number == null ? "" : " [" + number + "]";
    }

    // ---- the page -------------------------------------------------------------------------------

    private void openPage() {
        openPage(port);
    }

    private void openPage(int appPort) {
        page.get(baseUrl(appPort) + "/");
        chromium.await(d -> d.findElements(By.cssSelector("#article-body p.para")).size() > 0);
    }

    private static String baseUrl(int appPort) {
        return "http://127.0.0.1:" + appPort;
    }

    private void askOnPage(String question) {
        WebElement input = page.findElement(By.id("question"));
        input.sendKeys(question);
        page.findElement(By.id("send")).click();
    }

    /** Waits for answer number {@code n} to be complete and the input free again, and returns it. */
    private WebElement awaitAnswer(int n) {
        return chromium.await(d -> {
            List<WebElement> done = d.findElements(By.cssSelector("#transcript .msg.bot:not(.streaming)"));
            return done.size() == n && d.findElement(By.id("question")).isEnabled() ? done.get(n - 1) : null;
        });
    }

    /**
     * Records what the answer bubble shows each time it changes while streaming, from inside the
     * page: polling from the test could miss short states on a busy machine, an observer cannot.
     */
    private void recordStreamingStates() {
        chromium.script("""
                window.__streaming = [];
                const transcript = document.getElementById('transcript');
                new MutationObserver(() => {
                  const text = transcript.querySelector('.msg.bot.streaming .answer-text');
                  if (text && text.textContent) {
                    window.__streaming.push({
                      text: text.textContent,
                      inputDisabled: document.getElementById('question').disabled,
                    });
                  }
                }).observe(transcript, { subtree: true, childList: true, characterData: true });
                """);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> streamingStates() {
        return (List<Map<String, Object>>) chromium.script("return window.__streaming;");
    }

    private static List<WebElement> chips(WebElement answer) {
        return answer.findElements(By.cssSelector(".answer-text button.cite[data-n][data-paragraph]"));
    }

    private static WebElement chip(WebElement answer, String paragraph) {
        return chips(answer).stream().filter(c -> paragraph.equals(c.getDomAttribute("data-paragraph")))
                .findFirst().orElseThrow();
    }

    /** The quote of the clicked citation is marked, once, inside its paragraph and listed in the sources. */
    private void assertHighlighted(String paragraphId, String quote, WebElement answer) {
        List<WebElement> marks = page.findElements(By.cssSelector("mark.quote-highlight"));
        assertThat(marks).hasSize(1);
        WebElement mark = marks.get(0);
        assertThat(quote).isNotBlank();
        assertThat(textContent(mark)).isEqualTo(quote);
        assertThat(chromium.script("return arguments[0].closest('p.para').id;", mark)).isEqualTo(paragraphId);
        assertThat(answer.findElements(By.cssSelector(".source-quote"))).extracting(ChatPageIT::textContent)
                .contains(quote);
    }

    /**
     * The quote of the first citation of {@code paragraph} in the answer {@code POST /api/ask} gives to
     * the same question: the stand-in answers it alike, so the page must show the same quote.
     */
    private String quoteTheServerGives(String question, int paragraph) {
        JsonNode answer = new ApiClient(port).ask(question, ARTICLE).json();
        return list(answer.path("citations")).stream().filter(c -> c.path("paragraph").asInt() == paragraph)
                .map(c -> c.path("quote").asString()).findFirst().orElseThrow();
    }

    /** Whether the paragraph lies wholly inside the visible part of the article pane. */
    private boolean inView(String paragraphId) {
        return Boolean.TRUE.equals(chromium.script("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                const pane = document.getElementById('article-pane').getBoundingClientRect();
                return r.top >= pane.top && r.bottom <= pane.bottom;
                """, paragraphId));
    }

    /** True once the article pane has not moved since the previous call: a smooth scroll has ended. */
    private boolean scrollSettled() {
        Object now = chromium.script("return document.getElementById('article-pane').scrollTop;");
        return now.equals(lastScrollTop.getAndSet(now));
    }

    private void assertNothingRan() {
        assertThat(page.findElements(By.cssSelector("#transcript img"))).isEmpty();
        assertThat(chromium.script("return typeof window.__xss;")).isEqualTo("undefined");
        assertThatThrownBy(() -> page.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** The element's text as the DOM holds it, unaffected by CSS (getText() applies text-transform and layout). */
    private static String textContent(WebElement element) {
        return element.getDomProperty("textContent");
    }

    private void saveScreenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
    }

    // ---- fixtures -------------------------------------------------------------------------------

    /** The shipped article and, beside it, an empty file the catalog will report as failed. */
    private static Path knowledgeWithABrokenFile() {
        Path dir = ApiClient.knowledgeFolderWithSeedArticle();
        try {
            Files.writeString(dir.resolve(BROKEN_ARTICLE + ".md"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
