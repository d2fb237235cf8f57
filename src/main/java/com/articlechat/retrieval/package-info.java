/**
 * Retrieval: embedding article sentences in-process, the versioned search index that is swapped
 * atomically (with its health component, for readiness, and its metrics), and finding the passages
 * that answer a question. Depends on {@code knowledge} only.
 */
package com.articlechat.retrieval;
