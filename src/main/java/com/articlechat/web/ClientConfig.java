package com.articlechat.web;

/**
 * {@code GET /api/config}: the limits the page applies before sending, taken from the server's
 * own configuration so the two cannot disagree.
 *
 * @param maxQuestionLength the longest question {@code POST /api/ask} accepts, in UTF-16 code units
 */
record ClientConfig(int maxQuestionLength) {
}
