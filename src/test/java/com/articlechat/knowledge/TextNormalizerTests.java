package com.articlechat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a reader types must meet what an editor pasted, whatever dashes, quotes and widths each used. */
class TextNormalizerTests {

    @Test
    void should_let_typed_hyphen_match_non_breaking_hyphen() {
        // given
        String pasted = "his four\u2011day visit";
        String typed = "his four-day visit";

        // when
        String normalized = TextNormalizer.normalize(pasted);

        // then
        assertThat(normalized).isEqualTo(typed).isEqualTo(TextNormalizer.normalize(typed));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"2010", "2011", "2012", "2013", "2014", "2015", "2212", "FE58", "FE63", "FF0D"})
    void should_fold_every_dash_to_ascii_hyphen(String codePoint) {
        // given
        String dash = Character.toString(Integer.parseInt(codePoint, 16));

        // when
        String normalized = TextNormalizer.normalize("Korea" + dash + "China");

        // then
        assertThat(normalized).isEqualTo("Korea-China");
    }

    @Test
    void should_fold_curly_quotes_to_straight_ones() {
        // given
        String pasted = "Lee\u2019s \u201Ccrucial opportunity\u201D and \u2018open a new route\u2019 \u201Equoted\u201F";

        // when
        String normalized = TextNormalizer.normalize(pasted);

        // then
        assertThat(normalized).isEqualTo("Lee's \"crucial opportunity\" and 'open a new route' \"quoted\"");
    }

    @Test
    void should_apply_nfkc_to_full_width_letters_and_ligatures() {
        // given
        String fullWidth = "\uFF21\uFF29 \uFF11\uFF12";  // "ＡＩ １２"
        String ligature = "\uFB01nance";                 // "ﬁnance"

        // when
        String normalizedWidth = TextNormalizer.normalize(fullWidth);
        String normalizedLigature = TextNormalizer.normalize(ligature);

        // then
        assertThat(normalizedWidth).isEqualTo("AI 12");
        assertThat(normalizedLigature).isEqualTo("finance");
    }

    @Test
    void should_collapse_runs_of_white_space_and_trim_the_ends() {
        // given
        String text = "  Beijing \t and\n\n Shanghai\u00A0\u2009visit \r\n";

        // when
        String normalized = TextNormalizer.normalize(text);

        // then
        assertThat(normalized).isEqualTo("Beijing and Shanghai visit");
    }

    @Test
    void should_leave_plain_ascii_text_unchanged() {
        // given
        String text = "Trade hovered around the $300 billion mark.";

        // when
        String normalized = TextNormalizer.normalize(text);

        // then
        assertThat(normalized).isEqualTo(text);
    }
}
