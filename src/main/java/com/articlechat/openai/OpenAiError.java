package com.articlechat.openai;

/** OpenAI's error body, which its clients turn into their own exceptions. */
record OpenAiError(Detail error) {

    /** What went wrong; {@code param} names the request field at fault, if one is. */
    record Detail(String message, String type, String param, String code) {
    }

    static OpenAiError of(String message, String type, String param, String code) {
        return new OpenAiError(new Detail(message, type, param, code));
    }
}
