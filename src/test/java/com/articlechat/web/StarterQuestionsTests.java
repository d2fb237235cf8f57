package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleParser;
import com.articlechat.support.SeedArticle;

/**
 * The page's suggested questions fit the article they are offered for: the editor's own when its
 * front matter lists some, else questions made from its headline; never one the server would refuse.
 */
class StarterQuestionsTests {

    private static final StarterProperties STARTERS = new StarterProperties(3,
            List.of("What is the story behind “{headline}”?"), "What does the article say about {name}?");

    private final StarterQuestions starters = new StarterQuestions(STARTERS, new AskProperties(200, Duration.ZERO));

    @Test
    void should_offer_the_questions_the_front_matter_lists() {
        // when
        List<String> questions = starters.of(SeedArticle.parsed());

        // then
        assertThat(questions).containsExactly("How long was Lee Jae Myung's visit to China?",
                "What did Xi say about Northeast Asia?", "What is the value of Korea-China trade?");
    }

    @Test
    void should_ask_about_the_headline_and_the_first_name_in_it_when_the_front_matter_lists_none() {
        // when
        List<String> questions = starters.of(article("Storm Aldo brings flooding to Porto"));

        // then
        assertThat(questions).containsExactly("What is the story behind “Storm Aldo brings flooding to Porto”?",
                "What does the article say about Storm Aldo?");
    }

    @Test
    void should_ask_only_about_the_headline_when_it_names_no_one() {
        assertThat(starters.of(article("Inflation in Canada eases to 2.1 percent")))
                .containsExactly("What is the story behind “Inflation in Canada eases to 2.1 percent”?");
    }

    @Test
    void should_leave_out_questions_over_the_length_limit_and_offer_no_more_than_the_maximum() {
        // given
        String tooLong = "Why " + "really ".repeat(40) + "?";
        Article article = ArticleParser.parse("many", "---\ntitle: Many\nquestions:\n  - " + tooLong
                + "\n  - One?\n  - Two?\n  - One?\n  - Three?\n  - Four?\n---\nThe Rovers won.");

        // when
        List<String> questions = starters.of(article);

        // then
        assertThat(questions).containsExactly("One?", "Two?", "Three?");
    }

    @Test
    void should_find_the_first_name_of_two_or_more_capitalised_words_in_a_headline() {
        assertThat(StarterQuestions.nameIn("Xi Jinping pledges to open China's market wider")).contains("Xi Jinping");
        assertThat(StarterQuestions.nameIn("South Korea's Lee Jae Myung calls for a new chapter"))
                .contains("South Korea");
        assertThat(StarterQuestions.nameIn("Talks in Seoul: Park Ji-hoon meets Takeshi Morita"))
                .contains("Park Ji-hoon");
        assertThat(StarterQuestions.nameIn("Rovers sign “Anna Kowalski”, a striker")).contains("Anna Kowalski");
        // a capitalised first word or adjective alone, or a headline in title case, names no one here
        assertThat(StarterQuestions.nameIn("Korean exports to China fall")).isEmpty();
        assertThat(StarterQuestions.nameIn("Storm Brings Floods To Porto")).isEmpty();
        assertThat(StarterQuestions.nameIn("")).isEmpty();
    }

    private static Article article(String headline) {
        return ArticleParser.parse("plain", headline + "\n\nThe body of the story.");
    }
}
