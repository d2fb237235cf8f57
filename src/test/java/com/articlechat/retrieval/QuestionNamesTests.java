package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words of a question name something the article must mention to answer it. */
class QuestionNamesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What did Lee and Xi say about North Korea?          | Lee Xi North Korea
            Did Lee meet Kim Jong Un?                           | Lee Kim Jong Un
            What did the United States say about the visit?     | United States
            What is Xi's view of the Seoul-Beijing relationship? | Xi Seoul-Beijing
            How did the stock market react to the visit?        |
            what did lee say about supply chains                |
            Lee visited China. What did he say?                 | China
            What did Lee think mixing AI with industry could do? | Lee
            Which companies' CEOs attended the meeting?         |
            Which British broadcaster is listed as a source?    |
            Which Chinese leader did Lee meet?                  | Lee
            What did Lee call "a crucial opportunity"?          | Lee
            What Did Lee Say About The Economy?                 |
            What Is The Capital Of Australia?                   |
            What do I know about Lee?                           | Lee
            """)
    void should_take_capitalised_words_but_the_first_of_a_sentence_acronyms_nationalities_and_title_case(String question,
            String names) {
        List<String> expected = names == null ? List.of() : Arrays.asList(names.split(" "));

        assertThat(QuestionNames.of(question)).isEqualTo(expected);
    }
}
