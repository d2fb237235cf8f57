package com.articlechat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.Character.UnicodeScript;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The language of a question, told from its letters' scripts, and the names file behind it. */
class ScriptLanguagesTests {

    private final ScriptLanguages languages = new ScriptLanguages();

    @Test
    void should_name_korean_chinese_and_japanese_questions() {
        assertThat(languages.nonLatin("이재명 대통령은 무엇에 대해 경고했나요?")).contains("Korean");
        assertThat(languages.nonLatin("李在明对供应链提出了什么警告？")).contains("Chinese");
        // Han characters with kana endings are Japanese, not Chinese
        assertThat(languages.nonLatin("李在明大統領は何を警告しましたか？")).contains("Japanese");
    }

    @Test
    void should_leave_latin_script_questions_to_be_searched_as_asked() {
        assertThat(languages.nonLatin("What did Lee warn about?")).isEmpty();
        assertThat(languages.nonLatin("Qu'a dit Lee sur les chaînes d'approvisionnement ?")).isEmpty();
        // a name in another script inside an English question does not make it Korean
        assertThat(languages.nonLatin("What did 이재명 say about supply chains?")).isEmpty();
        assertThat(languages.nonLatin("?! 123")).isEmpty();
    }

    @Test
    void should_go_by_most_letters_in_a_mixed_question() {
        assertThat(languages.nonLatin("Lee Jae Myung은 중국 방문에서 무엇을 경고했나요?")).contains("Korean");
    }

    @Test
    void should_name_a_script_shared_by_several_languages_as_a_script() {
        assertThat(languages.nonLatin("Что сказал Ли о цепочках поставок?")).contains("Cyrillic script");
        // not in the file: named after its Unicode script
        assertThat(languages.nonLatin("ᱚᱞ ᱪᱤᱠᱤ ᱚᱞ")).contains("Ol Chiki script");
    }

    @Test
    void should_read_every_script_in_the_names_file() {
        // when
        Map<UnicodeScript, String> names = ScriptLanguages.load(ScriptLanguages.RESOURCE);

        // then
        assertThat(names).containsEntry(UnicodeScript.HANGUL, "Korean").containsEntry(UnicodeScript.HAN, "Chinese")
                .doesNotContainKey(UnicodeScript.LATIN);
        assertThat(names.values()).allMatch(name -> !name.isBlank());
    }

    @Test
    void should_refuse_a_names_file_with_a_script_java_does_not_know() {
        assertThatThrownBy(() -> ScriptLanguages.load("conversation/scripts-with-unknown-script.tsv"))
                .hasMessageContaining("KLINGON");
    }
}
