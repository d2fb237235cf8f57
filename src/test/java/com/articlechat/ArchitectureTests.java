package com.articlechat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies between feature packages point one way: web -> answer -> retrieval -> knowledge. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.articlechat");

    @Test
    void should_keep_knowledge_free_of_every_other_feature() {
        noClasses().that().resideInAPackage("..knowledge..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..retrieval..", "..answer..", "..conversation..", "..web..", "..eval..")
                .check(CLASSES);
    }

    @Test
    void should_let_retrieval_depend_on_knowledge_only() {
        noClasses().that().resideInAPackage("..retrieval..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..answer..", "..conversation..", "..web..", "..eval..")
                .check(CLASSES);
    }

    @Test
    void should_keep_answer_unaware_of_http_and_evaluation() {
        noClasses().that().resideInAPackage("..answer..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..eval..")
                .check(CLASSES);
    }

    @Test
    void should_let_nothing_but_the_entry_point_depend_on_web_or_eval() {
        noClasses().that().resideOutsideOfPackages("..web..", "..eval..").and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..eval..")
                .check(CLASSES);
    }
}
