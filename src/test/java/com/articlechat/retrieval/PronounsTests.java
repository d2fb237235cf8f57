package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.support.SeedArticle;

/** "He" and "she" read as the person last named as a sentence's subject. */
class PronounsTests {

    private static final Article SEED = SeedArticle.parsed();

    @Test
    void should_read_he_as_the_subject_named_before() {
        // when
        Map<Sentence, String> resolved = Pronouns.resolved(SEED.sentences());

        // then: paragraph 2 names Xi first, but Lee is the one who "emphasized"
        assertThat(text(resolved, "He described the visit")).startsWith("Lee described the visit");
        assertThat(text(resolved, "He argued")).startsWith("Lee argued");
        // only as the subject: "he said" there only says who said it
        assertThat(text(resolved, "This approach, he said")).startsWith("This approach, he said");
        assertThat(text(resolved, "Xi, meanwhile, stressed")).startsWith("Xi, meanwhile, stressed");
        assertThat(resolved).hasSize(SEED.sentences().size());
    }

    @Test
    void should_follow_the_subject_from_sentence_to_sentence() {
        // given
        List<Sentence> sentences = List.of(
                new Sentence(1, 1, 0, 30, "Xi, meanwhile, stressed stability."),
                new Sentence(2, 1, 31, 60, "He called for calm."),
                new Sentence(3, 2, 61, 90, "Prime Minister Ishiba said talks would follow."),
                new Sentence(4, 2, 91, 120, "He and Xi will meet."));

        // when
        Map<Sentence, String> resolved = Pronouns.resolved(sentences);

        // then
        assertThat(resolved.get(sentences.get(1))).isEqualTo("Xi called for calm.");
        assertThat(resolved.get(sentences.get(3))).isEqualTo("Ishiba and Xi will meet.");
    }

    @Test
    void should_leave_a_pronoun_alone_before_anyone_is_named() {
        // given
        List<Sentence> sentences = List.of(new Sentence(1, 1, 0, 20, "He arrived on Monday."));

        // then
        assertThat(Pronouns.resolved(sentences).get(sentences.get(0))).isEqualTo("He arrived on Monday.");
    }

    private static String text(Map<Sentence, String> resolved, String original) {
        return resolved.entrySet().stream()
                .filter(e -> e.getKey().text().startsWith(original))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }
}
