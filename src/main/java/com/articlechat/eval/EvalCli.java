package com.articlechat.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Recognises the evaluation commands on the command line, before Spring starts. */
public final class EvalCli {

    private EvalCli() {
    }

    /** {@code --eval=FILE} or {@code --fit-models=FILE}: run the evaluation or the fit instead of serving. */
    public static boolean evaluates(String[] args) {
        return option(args, "eval").isPresent() || option(args, "fit-models").isPresent();
    }

    /**
     * {@code --generate-distractors=DIR [--count=300] [--seed=42]}: writes the distractor corpus and
     * returns true, so the caller does not start the application.
     */
    public static boolean generatesDistractors(String[] args) throws IOException {
        Optional<String> dir = option(args, "generate-distractors");
        if (dir.isEmpty()) {
            return false;
        }
        int count = option(args, "count").map(Integer::parseInt).orElse(300);
        long seed = option(args, "seed").map(Long::parseLong).orElse(42L);
        Path folder = Path.of(dir.get());
        int written = new DistractorGenerator().writeTo(folder, count, seed);
        System.out.println("Wrote " + written + " distractor articles (seed " + seed + ") to "
                + folder.toAbsolutePath());
        return true;
    }

    private static Optional<String> option(String[] args, String name) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst();
    }
}
