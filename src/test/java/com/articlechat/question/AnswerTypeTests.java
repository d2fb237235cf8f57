package com.articlechat.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a question asks for, read from answer-types.yaml, and whether a sentence holds one. */
class AnswerTypeTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            On what date did the strike begin?            | date
            In what year did the mill close?              | year
            When did the ferry service resume?            | time
            How long did the outage last?                 | duration
            How many amendments were tabled?              | quantity
            What percentage of voters backed the plan?    | quantity
            How much will the levy raise?                 | amount
            How hot was it during the match?              | amount
            What was the cost of the repairs?             | amount
            How old is the goalkeeper?                    | age
            Who reported this story?                      | source
            Which outlets is the article sourced from?    | source
            What energy sources did the council discuss?  | any
            Which official announced the closure?         | person
            Which company bought the bakery chain?        | organisation
            What phrase did the mayor use?                | quote
            Who scored the winning penalty?               | who
            What did the union say about pay?             | any
            Can you tell me how long the visit lasted?    | duration
            Roughly how much is the contract worth?       | amount
            """)
    void should_read_the_answer_type_from_the_question_s_first_words(String question, String expected) {
        assertThat(AnswerType.of(question).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date     | The talks ended on Tuesday.                              | true
            date     | The mill may reopen.                                     | false
            year     | Trade peaked in 2022.                                    | true
            duration | The nine-day strike ended.                               | true
            duration | Crews returned to the ferries.                           | false
            quantity | The party tabled 40 amendments.                          | true
            quantity | Crews returned to the ferries.                           | false
            amount   | The levy will raise £2.4 million a year.                 | true
            amount   | Temperatures reached 29 degrees.                         | true
            amount   | The mill closed in 2019.                                 | false
            age      | The 19-year-old substitute converted the kick.           | true
            age      | The temple is old.                                       | false
            source   | Source: Harbour Times; staff reporting                   | true
            source   | Crews returned on Monday.                                | false
            person   | The plan was announced by Mayor Ana Ruiz on Monday.      | true
            quote    | He called the result "a turning point" for the club.     | true
            quote    | He called the result a turning point.                    | false
            """)
    void should_find_an_answer_of_the_type_only_where_there_is_one(String type, String sentence, boolean found) {
        AnswerType answerType = AnswerType.all().stream().filter(t -> t.name().equals(type)).findFirst().orElseThrow();
        assertThat(answerType.holds(sentence, "")).isEqualTo(found);
    }

    @Test
    void should_not_take_someone_the_question_names_for_the_person_asked_about() {
        // given
        String question = "Which minister did Mayor Ana Ruiz meet?";
        AnswerType person = AnswerType.of(question);

        // then
        assertThat(person.holds("Mayor Ana Ruiz opened the session.", question)).isFalse();
        assertThat(person.holds("She met Minister Tom Okafor in the afternoon.", question)).isTrue();
    }

    @Test
    void should_read_questions_that_repeat_a_word() {
        // given: a question whose words repeat used to fail when the question's words were put in a set
        List<String> questions = List.of("Which leader did the leader meet at a summit in a city?",
                "What company makes a phone and a TV?");

        // when / then
        for (String question : questions) {
            AnswerType type = AnswerType.of(question);
            assertThat(type.holds("Chief Executive Dana Whitfield of Castellan Group spoke.", question)).isNotNull();
        }
    }

    @Test
    void should_give_a_ranking_signal_only_when_the_question_asks_for_a_kind_of_answer() {
        assertThat(AnswerType.of("How many amendments were tabled?").signal("They tabled 40.", "")).isEqualTo(1);
        assertThat(AnswerType.of("How many amendments were tabled?").signal("They tabled some.", "")).isEqualTo(-1);
        assertThat(AnswerType.of("What did the union say?").signal("They tabled some.", "")).isZero();
    }
}
