package com.articlechat.conversation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the placement decided in package-info: {@code web, openai -> conversation -> answer}, never back. */
class ConversationDependencyTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.articlechat");

    @Test
    void should_keep_answer_stateless_and_unaware_of_conversations() {
        noClasses().that().resideInAPackage("com.articlechat.answer..")
                .should().dependOnClassesThat().resideInAPackage("com.articlechat.conversation..")
                .check(CLASSES);
    }

    @Test
    void should_let_conversation_use_answers_but_not_search_or_articles_directly() {
        noClasses().that().resideInAPackage("com.articlechat.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.articlechat.retrieval..", "com.articlechat.knowledge..", "com.articlechat.web..",
                        "com.articlechat.openai..")
                .check(CLASSES);
    }
}
