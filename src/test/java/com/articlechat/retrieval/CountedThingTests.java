package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a "How many..." question counts, and where a text says how many of it there are. */
class CountedThingTests {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            how many days is the president spending in china | Lee has used his four-day visit to China. | true
            How many journalists travelled with Lee?           | Lee has used his four-day visit to China. | false
            How many journalists travelled with Lee?           | Twelve journalists travelled with him.    | true
            How many journalists travelled with Lee?           | Dozens of journalists waited outside.     | true
            How many people attended the state banquet?        | The two leaders agreed to continue.       | false
            How many people attended the state banquet?        | About 300 people attended the banquet.    | true
            How many times has Xi visited Seoul?               | Xi has visited Seoul twice.               | true
            How many times has Xi visited Seoul?               | The two leaders met in 2022.              | false
            How many Chinese tourists visit South Korea?       | Six million Chinese tourists came.        | true
            How many business leaders attended the meeting?    | The two leaders agreed to continue.       | false
            How many business leaders attended the meeting?    | Some 30 business leaders attended.        | true
            How many countries did Lee visit?                  | Lee has visited three countries.          | true
            What is the number of delegates?                   | The 40 delegates arrived.                 | true
            What is the number of delegates?                   | The two leaders arrived.                  | false
            Roughly how many journalists travelled with Lee?   | Lee has used his four-day visit to China. | false
            Can you tell me how many journalists went?         | Twelve journalists travelled with him.    | true
            """)
    void should_find_a_count_only_right_before_the_thing_counted(String question, String text, boolean counted) {
        assertThat(CountedThing.of(question)).hasValueSatisfying(
                thing -> assertThat(thing.countedIn(text)).isEqualTo(counted));
    }

    @Test
    void should_expect_no_count_when_the_question_asks_for_none() {
        assertThat(CountedThing.of("How much is Korea-China trade worth?")).isEmpty();
        assertThat(CountedThing.of("Which Chinese leader did Lee meet?")).isEmpty();
        assertThat(CountedThing.of("How many of them are there?")).isEmpty();
    }
}
