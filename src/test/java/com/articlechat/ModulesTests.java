package com.articlechat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other only as each one's {@code package-info} allows
 * ({@code @ApplicationModule(allowedDependencies = ...)}), and never in a cycle: the one direction
 * {@code web}, {@code openai} -> {@code conversation} -> {@code answer} -> {@code retrieval} ->
 * {@code question} -> {@code knowledge}, with {@code eval} beside them.
 */
class ModulesTests {

    @Test
    void should_keep_every_feature_to_the_dependencies_its_package_declares() {
        ApplicationModules.of(Application.class).verify();
    }
}
