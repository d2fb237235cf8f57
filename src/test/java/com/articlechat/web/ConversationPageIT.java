package com.articlechat.web;

import static com.articlechat.web.ConversationIT.ABOUT_SUPPLY_CHAINS;
import static com.articlechat.web.ConversationIT.OTHER_LEADER;
import static com.articlechat.web.ConversationIT.WHAT_DID_HE_WARN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.Browser;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;

/**
 * The chat page in headless Chromium: a follow-up asked on the page is answered from the paragraph
 * the conversation is about, and a reload keeps both the transcript and the conversation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        // Retrieval mode: these tests are about which passages a question finds (FullArticleIT covers the other).
        "articlechat.answer.full-article-tokens=0",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s"})
class ConversationPageIT {

    private static final Path KNOWLEDGE = ApiClient.knowledgeFolderWithSeedArticle();
    private static final OllamaStandIn ollama = OllamaStandIn.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", ollama::baseUrl);
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        ollama.close();
        FileSystemUtils.deleteRecursively(KNOWLEDGE);
    }

    @LocalServerPort
    int port;

    private Browser chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        chromium = Browser.launch();
        browser = chromium.driver();
        ollama.reset();
        ollama.reply(ConversationIT::modelReply);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void should_answer_a_follow_up_on_the_page_and_keep_the_conversation_over_a_reload() {
        // given
        browser.get("http://127.0.0.1:" + port + "/");
        waitFor(d -> !d.findElements(By.cssSelector("#article-body .para")).isEmpty());
        askOnPage(ABOUT_SUPPLY_CHAINS, 1);

        // when: a follow-up that names nothing the search could find by itself
        askOnPage(WHAT_DID_HE_WARN, 2);

        // then: it was answered from paragraph 4, with the first turn shown to the model
        WebElement followUp = botMessages().get(1);
        assertThat(paragraphsCited(followUp)).containsExactly("4");
        List<RecordedRequest> answers = answerRequests();
        assertThat(answers).hasSize(2);
        assertThat(contents(answers.get(1), "user")).first().isEqualTo(ABOUT_SUPPLY_CHAINS);

        // when: the page is reloaded
        browser.navigate().refresh();
        waitFor(d -> botMessages().size() == 2);

        // then: the transcript is still there, citations and all
        assertThat(browser.findElements(By.cssSelector("#transcript .msg.user")))
                .extracting(WebElement::getText).containsExactly(ABOUT_SUPPLY_CHAINS, WHAT_DID_HE_WARN);
        assertThat(paragraphsCited(botMessages().get(1))).containsExactly("4");

        // and: the next question continues the same conversation on the server
        askOnPage(OTHER_LEADER, 3);
        assertThat(paragraphsCited(botMessages().get(2))).containsExactly("5");
        assertThat(contents(answerRequests().get(2), "user")).startsWith(ABOUT_SUPPLY_CHAINS, WHAT_DID_HE_WARN);
    }

    /** Types and sends a question, then waits until the page shows answer number {@code n} complete. */
    private void askOnPage(String question, int n) {
        WebElement input = browser.findElement(By.id("question"));
        waitFor(d -> input.isEnabled());
        input.sendKeys(question);
        browser.findElement(By.id("send")).click();
        waitFor(d -> d.findElements(By.cssSelector("#transcript .msg.bot:not(.streaming)")).size() == n
                && browser.findElement(By.id("question")).isEnabled());
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#transcript .msg.bot"));
    }

    private static List<String> paragraphsCited(WebElement message) {
        return message.findElements(By.cssSelector("button.cite[data-paragraph]")).stream()
                .map(chip -> chip.getDomAttribute("data-paragraph")).distinct().toList();
    }

    private void waitFor(Function<WebDriver, Boolean> condition) {
        chromium.await(condition);
    }

    private static List<RecordedRequest> answerRequests() {
        return ollama.chatRequests().stream().filter(r -> r.systemMessage() != null).toList();
    }

    private static List<String> contents(RecordedRequest request, String role) {
        return request.messages().stream().filter((Map<String, Object> m) -> role.equals(m.get("role")))
                .map(m -> (String) m.get("content")).toList();
    }
}
