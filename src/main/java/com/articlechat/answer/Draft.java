package com.articlechat.answer;

import java.util.List;

/** Answer text and its checked citations, before mode, notice and timings are attached. */
record Draft(String text, boolean answered, List<Citation> citations) {

    static Draft notAnswered(String text) {
        return new Draft(text, false, List.of());
    }
}
