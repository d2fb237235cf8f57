package com.articlechat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies between feature packages point one way: {@code web} and {@code openai} (the two HTTP
 * surfaces, side by side) -> {@code conversation} -> {@code answer} -> {@code retrieval} -> {@code knowledge}.
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.articlechat");

    @Test
    void should_keep_knowledge_free_of_every_other_feature() {
        noClasses().that().resideInAPackage(feature("knowledge"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(features("retrieval", "answer", "conversation", "web", "openai", "eval"))
                .check(CLASSES);
    }

    @Test
    void should_let_retrieval_depend_on_knowledge_only() {
        noClasses().that().resideInAPackage(feature("retrieval"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(features("answer", "conversation", "web", "openai", "eval"))
                .check(CLASSES);
    }

    @Test
    void should_keep_answer_unaware_of_http_and_evaluation() {
        noClasses().that().resideInAPackage(feature("answer"))
                .should().dependOnClassesThat().resideInAnyPackage(features("web", "openai", "eval"))
                .check(CLASSES);
    }

    @Test
    void should_let_nothing_but_the_entry_point_depend_on_web_or_eval() {
        noClasses().that().resideOutsideOfPackages(features("web", "eval")).and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAnyPackage(features("web", "eval"))
                .check(CLASSES);
    }

    @Test
    void should_let_nothing_depend_on_the_openai_compatible_api() {
        noClasses().that().resideOutsideOfPackage(feature("openai"))
                .should().dependOnClassesThat().resideInAPackage(feature("openai"))
                .check(CLASSES);
    }

    @Test
    void should_let_the_openai_compatible_api_answer_through_conversations_only() {
        noClasses().that().resideInAPackage(feature("openai"))
                .should().dependOnClassesThat().resideInAnyPackage(features("web", "retrieval", "eval"))
                .check(CLASSES);
    }

    // Full names: "..web.." would also match Spring's org.springframework.web.
    private static String feature(String name) {
        return "com.articlechat." + name + "..";
    }

    private static String[] features(String... names) {
        return Arrays.stream(names).map(ArchitectureTests::feature).toArray(String[]::new);
    }
}
