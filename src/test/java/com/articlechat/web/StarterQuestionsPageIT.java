package com.articlechat.web;

import static com.articlechat.web.AskApiIT.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.Browser;

/**
 * The chat page in headless Chromium suggests questions that fit the article open: the ones its
 * front matter lists, else ones made from its headline; switching articles switches them, and a
 * suggested question is asked about the article open. The question box takes its length limit
 * from the server. Ollama is down, so answers are extractive: quotes of the article asked about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.ask.max-question-length=300"})
class StarterQuestionsPageIT {

    static final String FERRY = "harbour-ferry-strike";
    static final List<String> FERRY_QUESTIONS = List.of("How long did the ferry strike last?",
            "What pay rise did the ferry crews win?");
    static final String SEED = "korea-china-visit";
    static final List<String> SEED_QUESTIONS = List.of("How long was Lee Jae Myung's visit to China?",
            "What did Xi say about Northeast Asia?", "What is the value of Korea-China trade?");
    static final String STORM = "storm-aldo-brings-flooding-to-porto";
    static final String STORM_HEADLINE = "Storm Aldo brings flooding to Porto";
    static final List<String> STORM_QUESTIONS = List.of("What is the story behind “" + STORM_HEADLINE + "”?",
            "What does the article say about Storm Aldo?");

    private static final Path KNOWLEDGE = knowledgeWithThreeArticles();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + ApiClient.closedPort());
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() {
        FileSystemUtils.deleteRecursively(KNOWLEDGE.toFile());
    }

    @LocalServerPort
    int port;

    private Browser chromium;
    private WebDriver page;

    @BeforeEach
    void startBrowser() {
        chromium = Browser.launch();
        page = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void should_suggest_the_questions_of_whichever_article_is_open_and_ask_them_about_it() {
        // given: the API suggests each article's own questions
        ApiClient api = new ApiClient(port);
        assertThat(questionsOf(api, FERRY)).isEqualTo(FERRY_QUESTIONS);
        assertThat(questionsOf(api, SEED)).isEqualTo(SEED_QUESTIONS);
        assertThat(questionsOf(api, STORM)).isEqualTo(STORM_QUESTIONS);

        // when: the page opens on the first article
        page.get(baseUrl() + "/");

        // then: it suggests that article's questions from its front matter
        awaitStarters(FERRY_QUESTIONS);
        assertThat(page.findElement(By.id("article-title")).getText()).isEqualTo("Harbour ferry strike ends after nine days");

        // when: another article with questions of its own is picked
        pick(SEED);

        // then: its questions replace the first article's
        awaitStarters(SEED_QUESTIONS);

        // when: an article whose front matter lists none is picked
        pick(STORM);

        // then: the questions are made from its headline
        awaitStarters(STORM_QUESTIONS);

        // when: one of them is clicked
        WebElement starter = page.findElements(By.cssSelector("#starter-list button.starter")).get(1);
        starter.click();

        // then: it is asked about the article open, and answered with quotes of that article
        WebElement answer = chromium.await(d -> d.findElements(By.cssSelector("#transcript .msg.bot:not(.streaming)"))
                .stream().findFirst().orElse(null));
        assertThat(textContent(page.findElement(By.cssSelector("#transcript .msg.user")))).isEqualTo(STORM_QUESTIONS.get(1));
        List<WebElement> quotes = answer.findElements(By.cssSelector(".source-quote"));
        assertThat(quotes).isNotEmpty();
        String stormText = api.get("/api/articles/" + STORM).json().path("text").asText();
        assertThat(quotes).extracting(StarterQuestionsPageIT::textContent).allSatisfy(quote ->
                assertThat(stormText).contains(quote));

        // and: with a question in the transcript the suggestions make way for the conversation
        assertThat(page.findElement(By.id("starters")).isDisplayed()).isFalse();
    }

    @Test
    void should_take_the_question_length_limit_from_the_server() {
        // given
        assertThat(new ApiClient(port).get("/api/config").json().path("maxQuestionLength").asInt()).isEqualTo(300);
        page.get(baseUrl() + "/");
        WebElement input = page.findElement(By.id("question"));
        chromium.await(d -> "300".equals(input.getDomAttribute("maxlength")));

        // when: more is typed than the server would accept
        input.sendKeys("a".repeat(320));

        // then: the box holds no more than the limit, and says how close it is
        assertThat(input.getDomProperty("value")).hasSize(300);
        assertThat(page.findElement(By.id("char-count")).getText()).isEqualTo("300 / 300");
    }

    // ---- the page -------------------------------------------------------------------------------

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void pick(String articleId) {
        new Select(page.findElement(By.id("article-picker"))).selectByValue(articleId);
        chromium.await(d -> !d.findElements(By.cssSelector("#article-body p.para")).isEmpty()
                && articleId.equals(chromium.script("return document.getElementById('article-picker').value;")));
    }

    /** Waits until the page suggests exactly {@code questions}, in that order. */
    private void awaitStarters(List<String> questions) {
        // Read in one script: the buttons are replaced whenever an article is shown.
        chromium.await(d -> questions.equals(chromium.script(
                "return [...document.querySelectorAll('#starter-list button.starter')].map(b => b.textContent);")));
        assertThat(page.findElement(By.id("starters")).isDisplayed()).isTrue();
    }

    private static List<String> questionsOf(ApiClient api, String articleId) {
        return list(api.get("/api/articles/" + articleId).json().path("questions")).stream()
                .map(question -> question.asText()).toList();
    }

    private static String textContent(WebElement element) {
        return element.getDomProperty("textContent");
    }

    // ---- fixtures -------------------------------------------------------------------------------

    /**
     * The seed article, one with questions of its own in its front matter, and a plain-text one that
     * opens with its headline and lists none.
     */
    private static Path knowledgeWithThreeArticles() {
        Path dir = ApiClient.knowledgeFolderWithSeedArticle();
        try {
            Files.writeString(dir.resolve(FERRY + ".md"), """
                    ---
                    title: "Harbour ferry strike ends after nine days"
                    source: "Northfield Gazette"
                    questions:
                      - "How long did the ferry strike last?"
                      - "What pay rise did the ferry crews win?"
                    ---
                    The harbour ferries ran again on Monday after a strike that lasted nine days.

                    The crews accepted a pay rise of 6 percent over two years, the union said.

                    Commuters had crowded onto buses and the coastal train while the ferries stood idle.
                    """);
            Files.writeString(dir.resolve(STORM + ".txt"), STORM_HEADLINE + """


                    Storm Aldo brought heavy rain and flooding to Porto on Tuesday, closing roads along the river.

                    The city's mayor said about 200 homes near the Douro had been flooded overnight.

                    Forecasters expect the rain to ease by Thursday.
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
