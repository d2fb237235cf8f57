package com.articlechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads compose.yaml and the Dockerfile as data, since no Docker engine runs the tests:
 * the services must wait for each other in the right order and the app must point at Ollama
 * with environment variables Spring Boot actually binds.
 */
class ComposeFileTests {

    private static final Path PROJECT_ROOT = Path.of("").toAbsolutePath();

    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        compose = loadYaml(PROJECT_ROOT.resolve("compose.yaml"));
        services = map(compose.get("services"));
    }

    @Test
    void should_declare_ollama_the_model_pull_and_the_app() {
        assertThat(services).containsKeys("ollama", "ollama-pull", "app");
    }

    @Test
    void should_run_ollama_from_the_official_image_with_models_in_a_named_volume() {
        Map<String, Object> ollama = service("ollama");

        assertThat((String) ollama.get("image")).matches("ollama/ollama(:[\\w.-]+)?");
        assertThat(strings(ollama.get("volumes"))).contains("ollama-models:/root/.ollama");
        assertThat(map(compose.get("volumes"))).containsKey("ollama-models");
    }

    @Test
    void should_health_check_ollama_with_its_own_cli_because_the_image_has_no_curl() {
        Map<String, Object> healthcheck = map(service("ollama").get("healthcheck"));

        String test = commandLine(healthcheck.get("test"));

        assertThat(test).contains("ollama list").doesNotContain("curl").doesNotContain("wget");
    }

    @Test
    void should_pull_the_model_once_ollama_is_healthy_and_then_exit() {
        Map<String, Object> pull = service("ollama-pull");

        assertThat(pull.get("image")).isEqualTo(service("ollama").get("image"));
        assertThat(condition(pull, "ollama")).isEqualTo("service_healthy");
        assertThat(map(pull.get("environment"))).containsEntry("OLLAMA_HOST", "http://ollama:11434");
        assertThat(String.valueOf(pull.get("restart"))).isEqualTo("no");
    }

    @Test
    void should_pull_the_same_model_the_app_asks_for() {
        // given the app's model setting, a compose variable with a default
        String appModel = (String) map(service("app").get("environment")).get("ARTICLECHAT_OLLAMA_MODEL");
        assertThat(appModel).startsWith("${ARTICLECHAT_OLLAMA_MODEL:-");

        // when the pull service's entrypoint and command are read as one command line
        Map<String, Object> pull = service("ollama-pull");
        String pullCommand = commandLine(pull.get("entrypoint")) + " " + commandLine(pull.get("command"));

        // then it pulls exactly that model
        assertThat(pullCommand).contains("ollama pull " + appModel);
    }

    @Test
    void should_build_the_app_and_start_it_only_after_the_model_is_pulled() {
        Map<String, Object> app = service("app");

        Object build = app.get("build");
        String context = build instanceof Map<?, ?> b ? String.valueOf(b.get("context")) : String.valueOf(build);
        assertThat(context).isEqualTo(".");
        assertThat(condition(app, "ollama-pull")).isEqualTo("service_completed_successfully");
        assertThat(strings(app.get("ports"))).contains("8080:8080");
    }

    @Test
    void should_point_the_app_at_the_ollama_service_name_and_container_port() {
        String baseUrl = (String) map(service("app").get("environment")).get("ARTICLECHAT_OLLAMA_BASEURL");

        URI uri = URI.create(baseUrl);

        assertThat(uri.getScheme()).isEqualTo("http");
        assertThat(services).containsKey(uri.getHost());
        assertThat(service(uri.getHost()).get("image")).asString().startsWith("ollama/ollama");
        List<String> containerPorts = strings(service(uri.getHost()).get("ports")).stream()
                .map(port -> port.substring(port.lastIndexOf(':') + 1))
                .toList();
        assertThat(containerPorts).contains(String.valueOf(uri.getPort()));
    }

    @Test
    void should_mount_articles_and_prompts_from_the_host() {
        assertThat(strings(service("app").get("volumes")))
                .contains("./knowledge:/app/knowledge", "./prompts:/app/prompts");
    }

    @Test
    void should_set_only_environment_variables_that_bind_to_properties_in_application_yaml() throws IOException {
        // given every property name in application.yaml, in the form relaxed binding compares
        Set<String> properties = new LinkedHashSet<>();
        try (Reader reader = Files.newBufferedReader(PROJECT_ROOT.resolve("src/main/resources/application.yaml"))) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document instanceof Map<?, ?> root) {
                    flatten("", root, properties);
                }
            }
        }

        // when each variable the app service sets is mapped back to a property name
        // (Spring Boot: upper case, '.' became '_', dashes removed)
        List<String> unbound = new ArrayList<>();
        for (String variable : map(service("app").get("environment")).keySet()) {
            String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
            if (!properties.contains(property)) {
                unbound.add(variable + " -> " + property);
            }
        }

        // then none is silently ignored
        assertThat(unbound).as("app variables that bind to no property of application.yaml").isEmpty();
    }

    @Test
    void should_build_in_a_jdk_stage_and_run_the_jar_on_a_jre_as_a_non_root_user() throws IOException {
        List<String> lines = Files.readAllLines(PROJECT_ROOT.resolve("Dockerfile")).stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .toList();

        List<String> stages = lines.stream().filter(line -> line.toUpperCase(Locale.ROOT).startsWith("FROM ")).toList();
        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.get(stages.size() - 1)).contains("jre");

        List<String> finalStage = lines.subList(lines.indexOf(stages.get(stages.size() - 1)), lines.size());
        assertThat(finalStage).anySatisfy(line -> assertThat(line).startsWith("ENTRYPOINT").contains("-jar").contains("app.jar"));
        assertThat(finalStage).anySatisfy(line -> assertThat(line).startsWith("EXPOSE").contains("8080"));
        assertThat(finalStage).filteredOn(line -> line.startsWith("USER "))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotMatch("USER\\s+(root|0)(:.*)?"));
    }

    // --- helpers -------------------------------------------------------------------

    private static Map<String, Object> loadYaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return map(new Yaml().load(reader));
        }
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    /** The long-syntax {@code depends_on.<dependency>.condition} of a service. */
    private static String condition(Map<String, Object> service, String dependency) {
        Map<String, Object> dependsOn = map(service.get("depends_on"));
        assertThat(dependsOn).containsKey(dependency);
        return (String) map(dependsOn.get(dependency)).get("condition");
    }

    /** A Compose command in list or string form, as one line. */
    private static String commandLine(Object command) {
        if (command == null) {
            return "";
        }
        return command instanceof List<?> parts
                ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : String.valueOf(command);
    }

    /** Property names with dashes removed and lower-cased: the form relaxed binding matches on. */
    private static void flatten(String prefix, Map<?, ?> node, Set<String> into) {
        node.forEach((key, value) -> {
            String name = prefix + String.valueOf(key).replace("-", "").toLowerCase(Locale.ROOT);
            if (value instanceof Map<?, ?> child) {
                flatten(name + ".", child, into);
            } else {
                into.add(name);
            }
        });
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
