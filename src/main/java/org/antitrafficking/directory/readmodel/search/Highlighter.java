package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.antitrafficking.directory.readmodel.Highlighted;

/**
 * Marks the words of a result that a search matched, in its name and in a snippet of its
 * description.
 */
final class Highlighter {

    private static final int SNIPPET_WORDS = 30;

    private static final int WHOLE_SNIPPET_WORDS = 60;

    private static final int MAX_FRAGMENTS = 2;

    private static final String FRAGMENT_DELIMITER = " … ";

    /**
     * The stem of every word the records use, so that marking matches in results need not
     * stem again.
     */
    private final Function<String, String> stems;

    /**
     * @param stems the stem of a word the records use, or null for one they do not
     */
    Highlighter(Function<String, String> stems) {
        this.stems = stems;
    }

    /**
     * The text with the words that match marked. A name is given whole; a description
     * longer than {@value #WHOLE_SNIPPET_WORDS} words is cut to at most
     * {@value #MAX_FRAGMENTS} passages of {@value #SNIPPET_WORDS} words around its
     * matches.
     */
    Highlighted highlight(String text, Query query, boolean snippet, boolean names) {
        List<Token> tokens = Token.of(text);
        boolean[] matches = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String known = stems.apply(word);
            String stem = (known != null) ? known : EnglishWords.stem(word);
            matches[i] = query.matches(word, stem, names);
        }
        if (!snippet || tokens.size() <= WHOLE_SNIPPET_WORDS) {
            return marked(text, tokens, matches, 0, tokens.size());
        }
        List<int[]> fragments = new ArrayList<>();
        for (int i = 0; i < tokens.size() && fragments.size() < MAX_FRAGMENTS; i++) {
            boolean covered = !fragments.isEmpty() && i < fragments.get(fragments.size() - 1)[1];
            if (matches[i] && !covered) {
                int start = Math.max(0, i - SNIPPET_WORDS / 3);
                if (!fragments.isEmpty()) {
                    start = Math.max(start, fragments.get(fragments.size() - 1)[1]);
                }
                fragments.add(new int[] { start, Math.min(tokens.size(), start + SNIPPET_WORDS) });
            }
        }
        if (fragments.isEmpty()) {
            fragments.add(new int[] { 0, SNIPPET_WORDS });
        }
        List<Highlighted.Part> parts = new ArrayList<>();
        for (int[] fragment : fragments) {
            if (!parts.isEmpty()) {
                parts.add(new Highlighted.Part(FRAGMENT_DELIMITER, false));
            }
            parts.addAll(marked(text, tokens, matches, fragment[0], fragment[1]).parts());
        }
        return new Highlighted(List.copyOf(parts));
    }

    /**
     * The text from token {@code from} to the end of token {@code to - 1}, matched tokens
     * as their own parts.
     */
    private static Highlighted marked(String text, List<Token> tokens, boolean[] matches, int from, int to) {
        List<Highlighted.Part> parts = new ArrayList<>();
        boolean whole = (from == 0 && to == tokens.size());
        int at = (whole || tokens.isEmpty()) ? 0 : tokens.get(from).start();
        int end = (whole || tokens.isEmpty()) ? text.length() : tokens.get(to - 1).end();
        for (int i = from; i < to; i++) {
            if (matches[i]) {
                Token token = tokens.get(i);
                if (token.start() > at) {
                    parts.add(new Highlighted.Part(text.substring(at, token.start()), false));
                }
                parts.add(new Highlighted.Part(token.text(), true));
                at = token.end();
            }
        }
        if (end > at) {
            parts.add(new Highlighted.Part(text.substring(at, end), false));
        }
        return new Highlighted(List.copyOf(parts));
    }

}
