package org.antitrafficking.directory.seed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of words a text shares with source texts, proper names aside. In the text
 * compared, names (capitalised words that do not merely start a sentence, acronyms, and
 * the small words that join them, as in "Office to Monitor and Combat Trafficking in
 * Persons") break a run: naming an office by its name is not copying a sentence. The
 * source texts are taken word by word, names included.
 *
 * <p>
 * A sentence can still be copied around a name ("federal law enforcement, through the DHS
 * Center for Countering Human Trafficking; the victim cannot apply"), so
 * {@link #firstSharedRunAcrossNames} also looks at runs with the names in them, longer
 * ones, that hold a few ordinary words besides.
 */
final class SharedWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private static final Set<String> JOINING = Set.of("of", "and", "the", "to", "in", "for", "on", "&");

    private final int length;

    private final Set<List<String>> sourceRuns = new HashSet<>();

    private final List<List<String>> sourceWords;

    private final java.util.Map<Integer, Set<List<String>>> runsByLength = new java.util.HashMap<>();

    SharedWords(int length, Collection<String> sourceTexts) {
        this.length = length;
        this.sourceWords = sourceTexts.stream()
            .map(text -> words(text).stream().map(Word::lowerCase).toList())
            .toList();
        for (List<String> words : sourceWords) {
            for (int i = 0; i + length <= words.size(); i++) {
                sourceRuns.add(words.subList(i, i + length));
            }
        }
    }

    /**
     * The first run of {@code runLength} words, names counted, that {@code text} shares
     * with a source and in which at least {@code ordinary} words are not part of a name,
     * if any.
     */
    Optional<String> firstSharedRunAcrossNames(String text, int runLength, int ordinary) {
        Set<List<String>> runs = runsByLength.computeIfAbsent(runLength, key -> {
            Set<List<String>> all = new HashSet<>();
            for (List<String> words : sourceWords) {
                for (int i = 0; i + key <= words.size(); i++) {
                    all.add(words.subList(i, i + key));
                }
            }
            return all;
        });
        // Across sentences too: a source may join with a semicolon what the text parts
        // with a full stop.
        List<Word> words = words(text);
        boolean[] name = names(words);
        List<String> lower = words.stream().map(Word::lowerCase).toList();
        for (int i = 0; i + runLength <= words.size(); i++) {
            int plain = 0;
            for (int j = i; j < i + runLength; j++) {
                plain += name[j] ? 0 : 1;
            }
            if (plain >= ordinary && runs.contains(lower.subList(i, i + runLength))) {
                return Optional.of(String.join(" ", lower.subList(i, i + runLength)));
            }
        }
        return Optional.empty();
    }

    /**
     * The first run of {@code length} words that {@code text} shares with a source, if
     * any.
     */
    Optional<String> firstSharedRun(String text) {
        for (List<String> run : runsOutsideNames(text)) {
            for (int i = 0; i + length <= run.size(); i++) {
                if (sourceRuns.contains(run.subList(i, i + length))) {
                    return Optional.of(String.join(" ", run.subList(i, i + length)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text's stretches of ordinary words, lower-cased, cut wherever a name stands.
     */
    private static List<List<String>> runsOutsideNames(String text) {
        List<List<String>> runs = new ArrayList<>();
        for (String sentence : sentences(text)) {
            List<Word> words = words(sentence);
            boolean[] name = names(words);
            List<String> run = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (name[i]) {
                    if (!run.isEmpty()) {
                        runs.add(run);
                        run = new ArrayList<>();
                    }
                }
                else {
                    run.add(words.get(i).lowerCase());
                }
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        return runs;
    }

    private static String[] sentences(String text) {
        return text.split("(?<=[.;:!?])\\s+");
    }

    /** Which words of a sentence are part of a name. */
    private static boolean[] names(List<Word> words) {
        boolean[] name = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean nextIsName = i + 1 < words.size() && words.get(i + 1).capitalised();
            name[i] = word.acronym() || (word.capitalised() && (i > 0 || nextIsName));
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!name[i] && JOINING.contains(words.get(i).lowerCase()) && name[i - 1] && name[i + 1]) {
                name[i] = true;
            }
        }
        return name;
    }

    private record Word(String text) {

        String lowerCase() {
            return text.toLowerCase(Locale.ROOT).replace('’', '\'');
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean acronym() {
            return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && text.chars().anyMatch(Character::isLetter);
        }
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group()));
        }
        return words;
    }

}
