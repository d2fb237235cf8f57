package com.articlechat.retrieval;

import java.util.List;

/**
 * Sentence vectors for the search across every article, scaled to unit length and stored as one
 * byte per dimension in one array (scalar quantisation, as vector databases do). The cosine of a
 * question with all of them is then one pass over a quarter of the memory, in integer arithmetic;
 * the error, about 1% of a cosine, only decides which articles are looked at closely, where full
 * precision takes over.
 */
final class QuantizedVectors {

    private static final float SCALE = 127f;

    private final byte[] values;
    private final int dimension;
    private final int count;

    private QuantizedVectors(byte[] values, int dimension, int count) {
        this.values = values;
        this.dimension = dimension;
        this.count = count;
    }

    static QuantizedVectors of(List<float[]> vectors) {
        int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        byte[] values = new byte[vectors.size() * dimension];
        for (int v = 0; v < vectors.size(); v++) {
            float[] vector = vectors.get(v);
            double norm = 0;
            for (float x : vector) {
                norm += x * x;
            }
            double scale = SCALE / Math.max(1e-9, Math.sqrt(norm));
            for (int d = 0; d < dimension; d++) {
                values[v * dimension + d] = (byte) Math.round(vector[d] * scale);
            }
        }
        return new QuantizedVectors(values, dimension, vectors.size());
    }

    /**
     * The approximate cosine of {@code query} with every vector, in the order they were given. The pass
     * is split in two, the second half on another core when one is free.
     */
    double[] cosines(float[] query, SideBySide sideBySide) {
        int[] q = quantize(query);
        double[] cosines = new double[count];
        int half = count / 2;
        SideBySide.Part<double[]> second = sideBySide.start(() -> cosines(q, half, count, cosines));
        cosines(q, 0, half, cosines);
        second.join();
        return cosines;
    }

    private int[] quantize(float[] query) {
        double norm = 0;
        for (float x : query) {
            norm += x * x;
        }
        double scale = SCALE / Math.max(1e-9, Math.sqrt(norm));
        int[] q = new int[dimension];
        for (int d = 0; d < dimension; d++) {
            q[d] = (int) Math.round(query[d] * scale);
        }
        return q;
    }

    private double[] cosines(int[] q, int from, int to, double[] into) {
        double unit = 1.0 / (SCALE * SCALE);
        for (int v = from, offset = from * dimension; v < to; v++, offset += dimension) {
            int sum = 0;
            for (int d = 0; d < dimension; d++) {
                sum += q[d] * values[offset + d];
            }
            into[v] = sum * unit;
        }
        return into;
    }
}
