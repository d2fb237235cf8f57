package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleParser;
import com.articlechat.knowledge.Sentence;
import com.articlechat.support.SeedArticle;

/** "He" and "she" opening a sentence read as the person last named as a sentence's subject. */
class PronounsTests {

    private static final Article SEED = SeedArticle.parsed();

    @Test
    void should_read_he_as_the_subject_named_before() {
        // then: paragraph 2 names Xi first, but Lee is the one who "emphasized"
        assertThat(resolved(SEED, "He described the visit")).startsWith("Lee described the visit");
        // past "He argued", which names no one, to "Lee highlighted"
        assertThat(resolved(SEED, "He argued")).startsWith("Lee argued");
        // only as the subject: "he said" there only says who said it
        assertThat(resolved(SEED, "This approach, he said")).startsWith("This approach, he said");
        assertThat(resolved(SEED, "Xi, meanwhile, stressed")).startsWith("Xi, meanwhile, stressed");
    }

    @Test
    void should_follow_the_subject_across_paragraphs_without_its_title() {
        // given
        Article article = ArticleParser.parse("talks", """
                Xi, meanwhile, stressed stability. He called for calm.

                Prime Minister Ishiba said talks would follow.

                He and Xi will meet.
                """);

        // then
        assertThat(resolved(article, "He called")).isEqualTo("Xi called for calm.");
        assertThat(resolved(article, "He and Xi")).isEqualTo("Ishiba and Xi will meet.");
    }

    @Test
    void should_leave_a_pronoun_alone_when_no_subject_is_named_before_it() {
        // given
        Article article = ArticleParser.parse("arrival", "He arrived on Monday. The talks began.\n");

        // then
        assertThat(resolved(article, "He arrived")).isEqualTo("He arrived on Monday.");
    }

    private static String resolved(Article article, String opening) {
        Sentence sentence = article.sentences().stream()
                .filter(s -> s.text().startsWith(opening))
                .findFirst()
                .orElseThrow();
        return Pronouns.resolved(article, sentence);
    }
}
