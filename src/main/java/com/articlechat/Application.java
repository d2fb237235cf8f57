package com.articlechat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.articlechat.eval.EvalCli;

/** Entry point of article-chat: grounded, cited answers about the articles in {@code knowledge/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) throws java.io.IOException {
        if (EvalCli.generatesDistractors(args)) {
            return;
        }
        SpringApplication application = new SpringApplication(Application.class);
        if (EvalCli.evaluates(args)) {
            // The eval command is a batch job: no web server, and the process ends with it.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
