package com.articlechat.retrieval;

import com.articlechat.question.QuestionAnalysis;

import dev.langchain4j.data.embedding.Embedding;

/**
 * A question read once, for every article it is ranked in: what it asks, its sentence vector, and
 * its words' vectors in context for the word-by-word matcher.
 */
record ReadQuestion(QuestionAnalysis asked, Embedding query, TokenMatcher.Tokens words) {
}
