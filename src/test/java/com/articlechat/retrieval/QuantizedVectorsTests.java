package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A byte per dimension keeps a cosine within about 1% of the full-precision one, whatever the vectors' lengths. */
class QuantizedVectorsTests {

    private static final int DIMENSION = 384;

    private final SideBySide sideBySide = new SideBySide(1);

    @AfterEach
    void stop() {
        sideBySide.destroy();
    }

    @Test
    void should_give_the_cosine_of_every_vector_within_two_hundredths() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            vectors.add(vector(random, 0.5 + random.nextDouble() * 3));
        }
        float[] query = vector(random, 2);

        double[] cosines = QuantizedVectors.of(vectors).cosines(query, sideBySide);

        for (int i = 0; i < vectors.size(); i++) {
            assertThat(cosines[i]).isCloseTo(cosine(query, vectors.get(i)), within(0.02));
        }
    }

    @Test
    void should_rank_a_copy_of_the_query_first() {
        Random random = new Random(11);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            vectors.add(vector(random, 1));
        }
        float[] query = vectors.get(31).clone();

        double[] cosines = QuantizedVectors.of(vectors).cosines(query, sideBySide);

        int best = 0;
        for (int i = 1; i < cosines.length; i++) {
            best = cosines[i] > cosines[best] ? i : best;
        }
        assertThat(best).isEqualTo(31);
        assertThat(cosines[31]).isCloseTo(1.0, within(0.01));
    }

    private static float[] vector(Random random, double length) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = (float) (v[d] / Math.sqrt(norm) * length);
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return dot / Math.sqrt(na * nb);
    }
}
