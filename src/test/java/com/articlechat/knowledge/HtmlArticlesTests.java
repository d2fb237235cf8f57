package com.articlechat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Main-text extraction from news pages: the story in, the page furniture out. */
class HtmlArticlesTests {

    static final List<String> NEWS_PAGE_PARAGRAPHS = List.of(
            "South Korea and China agreed on Monday to restart a high-level economic dialogue that had been"
                    + " suspended for almost four years",
            "Under the revived framework, the ministers will meet twice a year",
            "The decision follows months of quiet negotiation.",
            "Officials said the first meeting of the working group would take place in March in Incheon.",
            "Analysts cautioned that the dialogue would not by itself resolve deeper strains.",
            "Still, diplomats on both sides described the agreement as a practical step");

    static final List<String> NEWS_PAGE_BOILERPLATE = List.of("cookie", "Subscribe today", "Advertisement",
            "Share on", "Share this", "Email this story", "Read more", "Photo:", "Great Hall", "Asia briefing",
            "Sign up", "Related stories", "Tariff talks stall", "battery plant", "Comments", "About time the two sides",
            "harbourwatcher", "Most read", "Storm warning", "All rights reserved", "©", "About us", "Privacy");

    @Test
    void should_keep_every_paragraph_of_the_story_and_nothing_else() {
        String text = HtmlArticles.toArticleText(resource("news-page.html"), null);
        Article article = ArticleParser.parse("news", text);

        assertThat(article.paragraphs()).hasSize(6);
        for (int i = 0; i < NEWS_PAGE_PARAGRAPHS.size(); i++) {
            assertThat(article.paragraphs().get(i).text()).startsWith(NEWS_PAGE_PARAGRAPHS.get(i));
        }
        for (String boilerplate : NEWS_PAGE_BOILERPLATE) {
            assertThat(article.text()).as("boilerplate '%s'", boilerplate).doesNotContainIgnoringCase(boilerplate);
        }
    }

    @Test
    void should_read_title_byline_date_source_url_and_language_from_the_page() {
        ArticleMetadata meta = ArticleParser.parse("news", HtmlArticles.toArticleText(resource("news-page.html"), null))
                .metadata();

        assertThat(meta.title()).isEqualTo("Seoul and Beijing agree to restart high-level economic dialogue");
        assertThat(meta.byline()).isEqualTo("Mina Park");
        assertThat(meta.published()).isEqualTo("2025-01-06T08:30:00+09:00");
        assertThat(meta.source()).isEqualTo("The Harbour Times");
        assertThat(meta.url()).isEqualTo("https://www.harbourtimes.example/world/asia/seoul-beijing-dialogue");
        assertThat(meta.language()).isEqualTo("en-GB");
    }

    @Test
    void should_refuse_a_page_that_only_lists_headlines() {
        assertThatThrownBy(() -> HtmlArticles.toArticleText(resource("section-front.html"), null))
                .isInstanceOf(NoArticleFoundException.class)
                .isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void should_pick_the_container_with_the_most_paragraph_text_when_nothing_is_marked_up() {
        String html = "<html><head><title>Harbour dredging | Port News</title></head><body>"
                + "<div id='left'><p>" + sentence("A short note about the weather") + "</p></div>"
                + "<div id='wrap'><div class='c1'>"
                + paragraphs("The dredging of the harbour", 5)
                + "</div></div>"
                + "<div class='links'><p><a href='/x'>Another headline that is only a link to elsewhere</a></p></div>"
                + "</body></html>";

        Article article = ArticleParser.parse("x", HtmlArticles.toArticleText(html, "https://port.example/d"));

        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.text()).doesNotContain("weather").doesNotContain("Another headline");
        assertThat(article.title()).isEqualTo("Harbour dredging");
        assertThat(article.metadata().url()).isEqualTo("https://port.example/d");
    }

    @Test
    void should_prefer_the_long_story_over_teaser_cards_marked_as_articles() {
        String html = "<html><body>"
                + "<article class='card'><p>" + sentence("Teaser one about a different story") + "</p></article>"
                + "<div class='story-text'>" + paragraphs("The bridge inspection", 6) + "</div>"
                + "<article class='card'><p>" + sentence("Teaser two about yet another story") + "</p></article>"
                + "</body></html>";

        String text = HtmlArticles.toArticleText(html, null);

        assertThat(text).contains("The bridge inspection 1").contains("The bridge inspection 6")
                .doesNotContain("Teaser");
    }

    @Test
    void should_keep_crossheads_and_sentence_like_list_items_but_not_link_lists_or_dangling_headings() {
        String html = "<html><body><article>"
                + paragraphs("The council vote", 2)
                + "<h2>What the plan changes</h2>"
                + "<ul><li>Bus lanes will run along the whole of the coast road from next spring.</li>"
                + "<li>Parking fees in the centre rise by a fifth.</li></ul>"
                + paragraphs("The reaction", 2)
                + "<ul><li><a href='/a'>Link one headline</a></li><li><a href='/b'>Link two headline</a></li></ul>"
                + "<h2>Related</h2>"
                + "<h3>More from the council</h3>"
                + "</article></body></html>";

        Article article = ArticleParser.parse("x", HtmlArticles.toArticleText(html, null));

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("What the plan changes",
                        "Bus lanes will run along the whole of the coast road from next spring.",
                        "Parking fees in the centre rise by a fifth.")
                .noneMatch(p -> p.contains("Link one") || p.contains("Related") || p.contains("More from"));
        assertThat(article.paragraphs()).hasSize(7);
    }

    @Test
    void should_keep_words_that_sit_in_inline_elements_with_furniture_like_class_names() {
        String html = "<html><body><article>"
                + "<p>The minister met <a class='tag' href='/t'>farmers</a> and <span class='author'>union leaders</span>"
                + " on Tuesday to discuss the drought relief package and its timetable.</p>"
                + paragraphs("The drought", 3)
                + "</article></body></html>";

        String text = HtmlArticles.toArticleText(html, null);

        assertThat(text).contains("The minister met farmers and union leaders on Tuesday");
    }

    @Test
    void should_read_a_page_that_is_wrapped_in_one_big_form() {
        String html = "<html><body><form id='aspnetForm'><div class='header'><p>Site banner text here</p></div>"
                + "<div class='content'>" + paragraphs("The ferry timetable", 4) + "</div>"
                + "<div class='newsletter'><p>" + sentence("Sign up for the newsletter") + "</p></div>"
                + "</form></body></html>";

        Article article = ArticleParser.parse("x", HtmlArticles.toArticleText(html, null));

        assertThat(article.paragraphs()).hasSize(4);
        assertThat(article.text()).doesNotContain("newsletter").doesNotContain("banner");
    }

    @Test
    void should_take_the_site_name_off_a_title_but_not_a_dash_that_belongs_to_the_headline() {
        assertThat(HtmlMetadata.withoutSiteName("Lee arrives in Beijing for talks - BBC News", null))
                .isEqualTo("Lee arrives in Beijing for talks");
        assertThat(HtmlMetadata.withoutSiteName("Trade talks stall - again", null))
                .isEqualTo("Trade talks stall - again");
        assertThat(HtmlMetadata.withoutSiteName("Port News | Harbour dredging starts in May", "Port News"))
                .isEqualTo("Harbour dredging starts in May");
        assertThat(HtmlMetadata.withoutSiteName("Harbour dredging starts in May | Local | Port News", null))
                .isEqualTo("Harbour dredging starts in May | Local");
    }

    @Test
    void should_skip_one_line_boilerplate() {
        assertThat(MainContent.isBoilerplate("Advertisement")).isTrue();
        assertThat(MainContent.isBoilerplate("Share this article")).isTrue();
        assertThat(MainContent.isBoilerplate("Read more: Exports fall again")).isTrue();
        assertThat(MainContent.isBoilerplate("© 2025 Port News. All rights reserved.")).isTrue();
        assertThat(MainContent.isBoilerplate("Related talks are planned for next month in Seoul and Tokyo.")).isFalse();
    }

    private static String paragraphs(String topic, int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append("<p>").append(sentence(topic + " " + i)).append("</p>");
        }
        return html.toString();
    }

    /** About twenty-five words of plausible prose, so that every paragraph reads as text. */
    private static String sentence(String start) {
        return start + " was discussed at length by officials, who said that the work would continue through"
                + " the summer and that residents would be told about every change well in advance.";
    }

    static String resource(String name) {
        try (InputStream in = HtmlArticlesTests.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
