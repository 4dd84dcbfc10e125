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
 * Finds runs of words a text shares with source texts, proper names aside. In the text compared,
 * names (capitalised words that do not merely start a sentence, acronyms, and the small words that join
 * them, as in "Office to Monitor and Combat Trafficking in Persons") break a run: naming an office by
 * its name is not copying a sentence. The source texts are taken word by word, names included.
 */
final class SharedWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> JOINING = Set.of("of", "and", "the", "to", "in", "for", "on", "&");

    private final int length;
    private final Set<List<String>> sourceRuns = new HashSet<>();

    SharedWords(int length, Collection<String> sourceTexts) {
        this.length = length;
        for (String text : sourceTexts) {
            List<String> words = words(text).stream().map(Word::lowerCase).toList();
            for (int i = 0; i + length <= words.size(); i++) {
                sourceRuns.add(words.subList(i, i + length));
            }
        }
    }

    /** The first run of {@code length} words that {@code text} shares with a source, if any. */
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

    /** The text's stretches of ordinary words, lower-cased, cut wherever a name stands. */
    private static List<List<String>> runsOutsideNames(String text) {
        List<List<String>> runs = new ArrayList<>();
        for (String sentence : text.split("(?<=[.;:!?])\\s+")) {
            List<Word> words = words(sentence);
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
