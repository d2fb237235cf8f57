/**
 * Retrieval: embedding article sentences in-process, the versioned search index that is swapped
 * atomically, and finding the passages that answer a question. Depends on {@code knowledge} only.
 */
package com.articlechat.retrieval;
