package com.articlechat.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the {@code [n]} markers of a model's answer against the passages it was sent: markers
 * that point at nothing are removed, the rest are renumbered in order of first use, and for each
 * cited passage the claim it supports is kept so the right sentence can be quoted.
 */
final class CitationMarkers {

    // [1], [1, 2], [1,2], ranges [1-3] / [1–3], and runs such as [1][2]; a preceding space is
    // removed with a dropped marker.
    private static final Pattern MARKER = Pattern.compile(
            "( ?)\\[\\s*(\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?(?:\\s*,\\s*\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?)*)\\s*]");
    private static final int MAX_RANGE = 20;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]\\s");

    private CitationMarkers() {
    }

    /** One cited passage: its number as sent to the model, and the first claim cited with it. */
    record Use(int passage, String claim) {
    }

    /** The answer with checked, renumbered markers; {@code uses} is in the new numbering's order. */
    record CitedText(String text, List<Use> uses) {
    }

    static CitedText process(String answer, int passageCount) {
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<Use> uses = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher matcher = MARKER.matcher(answer);
        int last = 0;
        while (matcher.find()) {
            out.append(answer, last, matcher.start());
            StringBuilder markers = new StringBuilder();
            for (int passage : numbers(matcher.group(2))) {
                if (passage < 1 || passage > passageCount) {
                    continue;
                }
                Integer n = renumbered.get(passage);
                if (n == null) {
                    n = renumbered.size() + 1;
                    renumbered.put(passage, n);
                    uses.add(new Use(passage, claimBefore(answer, matcher.start(), matcher.end())));
                }
                if (markers.indexOf("[" + n + "]") < 0) {
                    markers.append('[').append(n).append(']');
                }
            }
            if (!markers.isEmpty()) {
                out.append(matcher.group(1)).append(markers);
            }
            last = matcher.end();
        }
        out.append(answer.substring(last));
        return new CitedText(out.toString().strip(), uses);
    }

    /** The numbers of one marker: "1, 3-4" is 1, 3, 4; an absurd range counts as its ends only. */
    private static List<Integer> numbers(String group) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : group.split(",")) {
            String[] ends = part.split("[-–]");
            int from = Integer.parseInt(ends[0].strip());
            int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
            if (to < from || to - from > MAX_RANGE) {
                numbers.add(from);
                numbers.add(to);
            } else {
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    /** Strips every marker, for text that must read cleanly without citations. */
    static String withoutMarkers(String text) {
        return MARKER.matcher(text).replaceAll("").strip();
    }

    /**
     * The sentence a marker sits in: from the previous sentence end up to the marker, or, for a
     * marker that opens its sentence, the text that follows it.
     */
    private static String claimBefore(String answer, int markerStart, int markerEnd) {
        int from = 0;
        Matcher end = SENTENCE_END.matcher(answer).region(0, markerStart);
        while (end.find()) {
            from = end.end();
        }
        String claim = withoutMarkers(answer.substring(from, markerStart));
        if (claim.length() < 3) {
            Matcher next = SENTENCE_END.matcher(answer).region(markerEnd, answer.length());
            int to = next.find() ? next.start() + 1 : answer.length();
            claim = withoutMarkers(answer.substring(markerEnd, to));
        }
        return claim;
    }
}
