package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

import com.articlechat.support.Browser;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.TimedHttp;
import com.articlechat.support.TimedHttp.Reply;

/**
 * The chat page when the model is busy: with one model call and no queue, a question asked while
 * another is being answered is refused with 429; the page says the model is busy and asks again
 * when {@code Retry-After} says, and then shows the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.knowledge.watch=false",
        "articlechat.prompts.dir=prompts",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=10s",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.ollama.max-concurrent=1",
        "articlechat.ollama.max-queued=0"})
class BusyPageIT {

    private static final String REPLY = "Lee's visit to China lasted four days, as the first paragraph says [1].";
    private static final String QUESTION = "How long was Lee Jae Myung's visit to China?";

    private static final OllamaStandIn ollama = OllamaStandIn.start();

    @DynamicPropertySource
    static void ollamaUrl(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", ollama::baseUrl);
    }

    @AfterAll
    static void stopStandIn() {
        ollama.close();
    }

    @LocalServerPort
    int port;

    private Browser chromium;
    private WebDriver page;

    @BeforeEach
    void startBrowser() {
        chromium = Browser.launch();
        page = chromium.driver();
        ollama.reset();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void should_say_the_model_is_busy_and_ask_again_when_told() {
        // given: the only model call is taken by another reader's question, about two seconds long
        ollama.reply(REPLY).tokenDelay(Duration.ofMillis(150));
        TimedHttp http = new TimedHttp(port);
        CompletableFuture<Reply> other = CompletableFuture.supplyAsync(() -> http.askStreamed(
                "{\"question\": \"" + QUESTION + "\", \"articleId\": \"korea-china-visit\"}"));
        chromium.await(d -> ollama.chatsInFlight() == 1);

        // when: the page asks meanwhile
        page.get("http://127.0.0.1:" + port + "/");
        chromium.await(d -> !d.findElements(By.cssSelector("#article-body p.para")).isEmpty());
        page.findElement(By.id("question")).sendKeys(QUESTION);
        page.findElement(By.id("send")).click();

        // then: it says the model is busy, and the question stays in progress (Stop still ends it)
        WebElement busy = chromium.await(d -> d.findElements(By.cssSelector("#transcript .msg.bot .busy")).stream()
                .findFirst().orElse(null));
        assertThat(busy.getText()).contains("busy");
        assertThat(page.findElement(By.id("stop")).isEnabled()).isTrue();

        // and: once the other answer is done, the page's question is asked again and answered by the model
        assertThat(other.join().status()).isEqualTo(200);
        WebElement answer = chromium.await(d -> {
            List<WebElement> done = d.findElements(By.cssSelector("#transcript .msg.bot:not(.streaming)"));
            return done.size() == 1 && d.findElement(By.id("question")).isEnabled() ? done.get(0) : null;
        });
        assertThat(answer.findElements(By.cssSelector(".badge-llm"))).hasSize(1);
        assertThat(answer.findElements(By.cssSelector(".busy"))).isEmpty();
        assertThat(ollama.chatRequests()).hasSize(2);
    }
}
