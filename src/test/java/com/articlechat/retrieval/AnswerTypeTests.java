package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a question asks for, and whether a passage holds one. */
class AnswerTypeTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            On what date did Lee's visit to China begin? | DATE
            What day did the talks end?                  | DATE
            On which exact days were the talks held?     | DATE
            In what year did Korea-China trade peak?     | YEAR
            Which year did trade peak?                   | YEAR
            When did Korea-China trade peak?             | TIME
            How long was Lee's visit to China?           | DURATION
            How many agreements were signed?             | QUANTITY
            How much is bilateral trade worth?           | AMOUNT
            How old is Lee Jae Myung?                    | AGE
            What is Xi Jinping's age?                    | AGE
            What's Xi's age?                             | AGE
            What is the significance of the age of AI?  | ANY
            What was the number of delegates under age 30? | QUANTITY
            What is the total annual value of trade?     | AMOUNT
            What is the approximate value of Korea-China trade? | AMOUNT
            What was the cost of the trip?               | AMOUNT
            What is the population of South Korea?       | POPULATION
            What was the number of delegates?            | QUANTITY
            What did Lee say about the population?       | ANY
            What did Lee say about supply chains?        | ANY
            How did Lee describe the visit?              | ANY
            Who reported this story?                     | SOURCE
            Which outlets is the article sourced from?   | SOURCE
            Which news organisations is this article based on? | SOURCE
            Did any British broadcaster contribute to this story? | SOURCE
            Where does this report come from?            | SOURCE
            Where does this news come from?              | SOURCE
            Who is credited for this article?            | SOURCE
            Which outlets covered this?                  | SOURCE
            Is the BBC one of the sources?               | SOURCE
            was any british media involved in reporting this | SOURCE
            What is the source of the tension?           | ANY
            What risk did Lee flag about how goods and components are sourced and moved around the world? | ANY
            What energy sources did Lee discuss?         | ANY
            Which ministry is given as a source?         | SOURCE
            What sources does the article cite?          | SOURCE
            What does this report say about trade?       | ANY
            Who is the South Korean president named in the article? | ANY
            What problems has the relationship run into, according to the article? | ANY
            What did state media say about the visit?    | ANY
            How many journalists travelled with Lee?     | QUANTITY
            Roughly how much is two-way trade worth?     | AMOUNT
            Which Chinese leader did Lee meet?           | PERSON
            What phrase did Lee use to describe the visit? | QUOTE
            What words did Lee use when he sat down with Xi? | QUOTE
            What travel-style metaphor did Lee use?      | QUOTE
            What wider aim does the schedule of the trip reflect? | PURPOSE
            What broader goal lies behind the talks with Tokyo? | PURPOSE
            Why should Seoul and Beijing adapt quickly?  | ANY
            What word best describes the supply chains?  | ANY
            What official is Lee scheduled to meet?      | PERSON
            Which companies' executives attended?        | PERSON
            Which companies attended the business meeting? | ORGANISATION
            Which political party does Lee belong to?    | ORGANISATION
            which korean companies or business leaders attended the meeting | ORGANISATION
            Which government ministry is listed as a source? | SOURCE
            What did President Lee say about trade?      | ANY
            Who did Lee meet?                            | ANY
            Which leadership changes were announced?     | ANY
            roughly how big is bilateral trade between the two countries now | AMOUNT
            Can you tell me how long the visit lasted?   | DURATION
            So, approximately how many cities did Lee visit? | QUANTITY
            Tell me about the visit                      | ANY
            About the visit, who did Lee meet?           | ANY
            """)
    void should_read_the_answer_type_from_the_question_s_first_words(String question, AnswerType expected) {
        assertThat(AnswerType.of(question)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DATE     | The talks ended on Tuesday.                                    | true
            DATE     | Lee arrived on 3 March.                                        | true
            DATE     | Trade has hovered around the $300 billion mark after peaking in 2022. | false
            DATE     | Lee may visit Japan next.                                      | false
            YEAR     | Trade has hovered around the $300 billion mark after peaking in 2022. | true
            YEAR     | The four-day visit ended.                                      | false
            TIME     | The first visit by a South Korean leader to Beijing in several years. | true
            TIME     | Upcoming diplomatic engagements with Japan.                    | false
            DURATION | Lee has used his four-day visit to China.                      | true
            DURATION | Lee visited Beijing and Shanghai.                              | false
            QUANTITY | Trade has hovered around the $300 billion mark.                | true
            POPULATION | Trade has hovered around the $300 billion mark.              | false
            ORGANISATION | Executives of Samsung Electronics and Hyundai Motor Group attended. | true
            ORGANISATION | Lee, of the Democratic Party, won the election.              | true
            ORGANISATION | At a separate meeting with business leaders, Lee spoke.      | false
            POPULATION | South Korea, a country of 51 million, votes today.           | true
            POPULATION | Some 26 million people live in Shanghai.                     | true
            POPULATION | Shanghai has a population of nearly 25 million.              | true
            QUANTITY | The two leaders agreed to continue dialogue.                   | true
            QUANTITY | Lee met business leaders.                                      | false
            AGE      | Lee, 61, arrived in Beijing.                                   | true
            AGE      | The 61-year-old president arrived.                             | true
            AGE      | Xi, aged 72, hosted the talks.                                 | true
            AGE      | Lee is seventy years old.                                      | true
            AGE      | Xi was born in 1953.                                           | true
            AGE      | Lee has used his four-day visit to China.                      | false
            AGE      | Trade has hovered around the $300 billion mark.                | false
            AGE      | The temple is a thousand years old.                            | false
            AGE      | The pact was born out of necessity.                            | false
            AGE      | Trade peaked in 2022, 12, and 13.                              | false
            AMOUNT   | Trade has hovered around the $300 billion mark.                | true
            AMOUNT   | Exports reached three million tonnes.                          | true
            AMOUNT   | The two leaders agreed to continue dialogue.                   | false
            AMOUNT   | Trade peaked in 2022.                                          | false
            AMOUNT   | Hundreds of business leaders attended the G20 summit.          | false
            AMOUNT   | Exports rose 5% to 21,893,095 tonnes.                          | true
            AMOUNT   | Exports rose 5%.                                               | true
            AMOUNT   | The city has 21,893,095 residents.                             | true
            AMOUNT   | Lee has used his four-day visit to China.                      | false
            ANY      | Lee met business leaders.                                      | true
            SOURCE   | 'Source: The Korea Herald | BBC'                               | true
            SOURCE   | Reporting by Jane Doe; editing by John Roe                    | true
            SOURCE   | Lee arrived in Beijing, Yonhap news agency reported.           | true
            SOURCE   | Lee met business leaders.                                      | false
            PERSON   | During talks with Chinese President Xi Jinping, Lee emphasized trust. | true
            QUOTE    | He described the visit as a "crucial opportunity" to stabilize ties. | true
            QUOTE    | He called it a 'new chapter' in relations.                     | true
            QUOTE    | Lee's visit includes stops in Beijing and Shanghai.            | false
            PURPOSE  | The visit includes Japan, reflecting Seoul's effort to balance relations. | true
            PURPOSE  | Lee's visit includes stops in Beijing and Shanghai.            | false
            PERSON   | At a separate meeting with business leaders, Lee highlighted trade. | false
            PERSON   | South Korean President Lee Jae Myung has used his visit.       | true
            SOURCE   | The sources of friction remain.                                | false
            """)
    void should_find_an_answer_of_the_type_only_where_there_is_one(AnswerType type, String passage, boolean found) {
        assertThat(type.holds(passage, "")).isEqualTo(found);
    }

    @Test
    void should_prefer_a_quotation_among_the_first_three_only_and_not_require_one() {
        // given: fused order, best first
        List<String> ranked = List.of(
                "Lee has used his four-day visit to call for cooperation.",
                "Lee described the visit as a \"crucial opportunity\".",
                "Lee warned that supply chains are unpredictable.",
                "He said both must \"open a new route\".");
        String question = "What phrase did Lee use to describe the visit?";

        // when
        List<String> reordered = AnswerType.QUOTE.holdersFirst(ranked, Function.identity(), question);

        // then
        assertThat(reordered).containsExactly(ranked.get(1), ranked.get(0), ranked.get(2), ranked.get(3));
        assertThat(AnswerType.QUOTE.foundIn(ranked.get(2), question)).isTrue();
    }

    @Test
    void should_not_take_someone_the_question_names_for_the_person_asked_about() {
        // given
        String question = "Which Chinese leader did Lee meet?";

        // then
        assertThat(AnswerType.PERSON.holds("South Korean President Lee Jae Myung has used his visit.", question))
                .isFalse();
        assertThat(AnswerType.PERSON.holds("During talks with Chinese President Xi Jinping, Lee emphasized trust.",
                question)).isTrue();
    }

    @Test
    void should_read_an_organisation_s_name_before_the_word_for_its_kind() {
        // given
        String question = "Which political party does Lee belong to?";

        // then: "Party" is the question's word, "Democratic" is the answer
        assertThat(AnswerType.ORGANISATION.holds("Lee leads the Democratic Party.", question)).isTrue();
        assertThat(AnswerType.ORGANISATION.holds("Lee's party won the election in Seoul.", question)).isFalse();
        assertThat(AnswerType.ORGANISATION.holds("Lee Jae Myung has used his visit to China.", question)).isFalse();
    }

    @Test
    void should_move_the_sentences_with_the_kind_of_answer_asked_for_ahead_keeping_each_group_s_order() {
        // given: fused order, best first
        List<String> ranked = List.of(
                "Lee urged both countries to strengthen cooperation.",
                "The two leaders agreed to continue dialogue.",
                "Trade has hovered around the $300 billion mark.",
                "Lee met business leaders.",
                "Exports reached 20 million tonnes.");

        // when
        List<String> amount = AnswerType.AMOUNT.holdersFirst(ranked, Function.identity(), "How much is trade worth?");
        List<String> any = AnswerType.ANY.holdersFirst(ranked, Function.identity(), "What did Lee say?");

        // then
        assertThat(amount).containsExactly(ranked.get(2), ranked.get(4), ranked.get(0), ranked.get(1), ranked.get(3));
        assertThat(any).isEqualTo(ranked);
    }
}
