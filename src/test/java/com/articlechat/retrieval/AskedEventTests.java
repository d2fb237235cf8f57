package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question takes to have happened, and where a text reports it. */
class AskedEventTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Did Lee and Xi sign a formal trade agreement during the visit?            | SIGNING
            Which business deals or contracts were signed during Lee's trip?          | SIGNING
            Will the two countries sign a memorandum of understanding?                | SIGNING
            How much was the trade deal worth?                                        | SIGNING
            How did the Japanese government react to Lee's trip to China?             | REACTION
            What was the opposition's response to the visit?                          | REACTION
            How did China's foreign ministry respond to the visit?                    | REACTION
            What gifts did Lee and Xi exchange?                                       | GIFT
            """)
    void should_read_the_event_a_question_takes_to_have_happened(String question, AskedEvent event) {
        assertThat(AskedEvent.of(question)).containsExactly(event);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Is the visit a sign of warming ties?
            What problems has the Seoul-Beijing relationship been dealing with?
            How fast did Lee think the two countries should respond to change?
            How did the president want both governments to respond to a shifting world?
            Did the leaders reach any agreement?
            What did Xi say about Northeast Asia?
            """)
    void should_read_no_event_where_the_words_name_none(String question) {
        assertThat(AskedEvent.of(question)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SIGNING  | The two leaders agreed to continue dialogue on maritime concerns.       | false
            SIGNING  | The two leaders signed a currency swap agreement.                      | true
            SIGNING  | Firms from both countries struck deals worth $2 billion.               | true
            REACTION | Lee warned that global supply chains are becoming unpredictable.       | false
            REACTION | Tokyo welcomed the talks.                                              | true
            REACTION | The opposition criticised the trip as premature.                       | true
            GIFT     | Lee presented Xi with a porcelain vase.                                | true
            GIFT     | Lee's visit includes stops in Beijing and Shanghai.                    | false
            """)
    void should_find_the_event_only_where_the_text_reports_one(AskedEvent event, String text, boolean reported) {
        assertThat(event.reportedIn(text)).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Did they sign a deal, and how did Tokyo react?
            """)
    void should_read_every_event_a_question_takes(String question) {
        assertThat(AskedEvent.of(question)).isEqualTo(List.of(AskedEvent.SIGNING, AskedEvent.REACTION));
    }
}
