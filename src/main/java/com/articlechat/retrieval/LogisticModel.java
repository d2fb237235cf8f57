package com.articlechat.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Logistic regression over named signals, read from and written to a small TSV resource
 * ({@code name<TAB>weight} lines, plus {@code intercept} and, for a decision, {@code threshold} and a
 * lower {@code gate}).
 * <p>
 * Hand-written because it is thirty lines: the libraries that fit one (Smile, Tribuo, Weka) would
 * bring tens of megabytes to a jar that only needs a dot product at run time and a fit, run by hand
 * on a few thousand rows, by the eval command.
 */
public final class LogisticModel {

    private final List<String> features;
    private final double[] weights;
    private final double intercept;
    private final double threshold;
    private final double gate;

    LogisticModel(List<String> features, double[] weights, double intercept, double threshold) {
        this(features, weights, intercept, threshold, threshold);
    }

    LogisticModel(List<String> features, double[] weights, double intercept, double threshold, double gate) {
        this.features = List.copyOf(features);
        this.weights = weights.clone();
        this.intercept = intercept;
        this.threshold = threshold;
        this.gate = gate;
    }

    /** The linear score (log-odds) of {@code values}, given in the order of {@link #features()}. */
    double logit(double[] values) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * values[i];
        }
        return z;
    }

    public double probability(double[] values) {
        return 1 / (1 + Math.exp(-logit(values)));
    }

    /** Whether {@code values} reach the model's decision threshold (a probability). */
    boolean accepts(double[] values) {
        return probability(values) >= threshold;
    }

    List<String> features() {
        return features;
    }

    public double threshold() {
        return threshold;
    }

    /** Whether {@code values} reach the model's lower bar, the {@code gate} (a probability). */
    boolean passesGate(double[] values) {
        return probability(values) >= gate;
    }

    /** This model with another decision threshold and gate. */
    public LogisticModel withThresholds(double newThreshold, double newGate) {
        return new LogisticModel(features, weights, intercept, newThreshold, newGate);
    }

    /**
     * Reads a model: the file of that name in {@code dir} when given (a model recalibrated on one's own
     * articles), else the one on the classpath. Fails fast on a missing file or a missing signal.
     */
    static LogisticModel load(String resource, java.nio.file.Path dir, List<String> expected) {
        if (dir == null) {
            return load(resource, expected);
        }
        java.nio.file.Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString(), expected);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the model " + file + " failed", e);
        }
    }

    /** Reads a model from the classpath; fails fast on a missing file or a feature the code does not compute. */
    static LogisticModel load(String resource, List<String> expected) {
        try (InputStream in = LogisticModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The model file " + resource + " is missing from the classpath");
            }
            return read(in, resource, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + resource + " failed", e);
        }
    }

    private static LogisticModel read(InputStream in, String resource, List<String> expected) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            values.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
        }
        double[] weights = new double[expected.size()];
        for (int i = 0; i < expected.size(); i++) {
            Double weight = values.get(expected.get(i));
            if (weight == null) {
                throw new IllegalStateException(resource + " has no weight for '" + expected.get(i) + "'");
            }
            weights[i] = weight;
        }
        double threshold = values.getOrDefault("threshold", 0.5);
        return new LogisticModel(expected, weights, values.getOrDefault("intercept", 0.0), threshold,
                values.getOrDefault("gate", threshold));
    }

    /** The model as the TSV that {@link #load} reads, with {@code comment} lines first. */
    public String toTsv(List<String> comment) {
        StringBuilder tsv = new StringBuilder();
        comment.forEach(line -> tsv.append("# ").append(line).append('\n'));
        tsv.append(String.format(Locale.ROOT, "intercept\t%.6f%n", intercept));
        for (int i = 0; i < features.size(); i++) {
            tsv.append(String.format(Locale.ROOT, "%s\t%.6f%n", features.get(i), weights[i]));
        }
        tsv.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        if (gate != threshold) {
            tsv.append(String.format(Locale.ROOT, "gate\t%.4f%n", gate));
        }
        return tsv.toString();
    }

    /**
     * Fits weights to {@code rows} (feature values in the order of {@code features}) and their labels
     * by gradient descent on the L2-regularised log loss, over standardised features so that one step
     * size suits all; the weights are returned on the original scale.
     */
    static LogisticModel fit(List<String> features, List<double[]> rows, List<Boolean> labels, double l2) {
        int n = rows.size();
        int d = features.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
        }
        List<double[]> x = new ArrayList<>();
        for (double[] row : rows) {
            double[] z = new double[d];
            for (int j = 0; j < d; j++) {
                z[j] = (row[j] - mean[j]) / sd[j];
            }
            x.add(z);
        }
        double[] w = new double[d];
        double b = 0;
        double rate = 0.5;
        for (int iteration = 0; iteration < 4000; iteration++) {
            double[] gradient = new double[d];
            double gradientB = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x.get(i)[j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * x.get(i)[j] / n;
                }
                gradientB += error / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (gradient[j] + l2 * w[j] / n);
            }
            b -= rate * gradientB;
        }
        double[] weights = new double[d];
        double intercept = b;
        for (int j = 0; j < d; j++) {
            weights[j] = w[j] / sd[j];
            intercept -= w[j] * mean[j] / sd[j];
        }
        return new LogisticModel(features, weights, intercept, 0.5);
    }
}
