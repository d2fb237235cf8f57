/**
 * Evaluation: the {@code --eval} command that scores the pipeline and its baselines on a questions
 * file, and the reproducible generator of distractor articles ({@code --generate-distractors}). A
 * tool for developers and operators; nothing in the serving path depends on it. Depends on
 * {@code answer}, {@code retrieval} and {@code knowledge}.
 */
@ApplicationModule(allowedDependencies = {"answer", "knowledge", "retrieval"})
package com.articlechat.eval;

import org.springframework.modulith.ApplicationModule;
