package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question calling someone by country and role is matched with the name the article uses. */
class TitledPeopleTests {

    private static final TitledPeople SEED = TitledPeople.in("""
            South Korean President Lee Jae Myung has used his visit to China. During talks with Chinese \
            President Xi Jinping, Lee emphasized trust. Xi, meanwhile, stressed stability. Lee also warned.""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What did the Chinese leader push Seoul to do?        | What did Xi push Seoul to do?
            What did China's president say?                      | What did Xi say?
            What did Beijing's leader ask the government to do?  | What did Xi ask the government to do?
            What did the South Korean president warn about?      | What did Lee warn about?
            What did Lee tell his Chinese counterpart?           | What did Lee tell Xi?
            """)
    void should_call_the_person_by_the_name_the_article_uses(String question, String named) {
        assertThat(SEED.named(question)).isEqualTo(named);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Has a South Korean leader visited Beijing recently?
            Which Chinese leader did Lee meet?
            Who is South Korea's president?
            Who is the South Korean president in this story?
            What is the full name of the South Korean president?
            What did the Japanese prime minister say?
            What did the Chinese leader Xi say?
            What did the company leader say?
            """)
    void should_leave_alone_a_question_about_any_or_an_unnamed_person(String question) {
        assertThat(SEED.named(question)).isEqualTo(question);
    }
}
