/**
 * Retrieval: embedding article sentences in-process, the versioned search index that is swapped
 * atomically (with its health component, for readiness, and its metrics), and finding the passages
 * that answer a question. Depends on {@code knowledge} and {@code question}.
 */
@ApplicationModule(allowedDependencies = {"knowledge", "question"})
package com.articlechat.retrieval;

import org.springframework.modulith.ApplicationModule;
