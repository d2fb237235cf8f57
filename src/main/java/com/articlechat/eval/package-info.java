/**
 * Evaluation: the {@code --eval} command that scores the pipeline and its baselines on a questions
 * file, and the generator of distractor articles. A tool for developers and operators; nothing in
 * the serving path depends on it. Depends on {@code answer} and {@code retrieval}.
 */
package com.articlechat.eval;
