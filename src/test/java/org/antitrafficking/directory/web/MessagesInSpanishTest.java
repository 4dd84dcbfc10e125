package org.antitrafficking.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text has its Spanish text in messages_es.properties: the same keys, no
 * empty or untranslated value, the same arguments, apostrophes doubled for MessageFormat,
 * and never "tráfico de personas" (smuggling) where trafficking ("trata de personas") is
 * meant.
 */
class MessagesInSpanishTest {

    /**
     * Keys whose Spanish text is rightly the English one, each with the reason. Values
     * with no letter of their own (only arguments and punctuation, such as "{0}: {1}")
     * need no entry.
     */
    private static final Map<String, String> SAME_IN_BOTH = Map.ofEntries(
            Map.entry("language.en", "the language switch names each language in itself"),
            Map.entry("language.es", "the language switch names each language in itself"),
            Map.entry("task-force.scope.local", "\"Local\" is the Spanish word too"),
            Map.entry("hotline.law-enforcement.no", "\"No.\" is the Spanish word too"),
            Map.entry("hotline.confidential.no", "\"No\" is the Spanish word too"),
            Map.entry("editor.choice.no", "\"No\" is the Spanish word too"),
            Map.entry("hotline.channel.tty", "TTY is the name of the device in Spanish as well"),
            Map.entry("editor.channel-kind.tty", "TTY is the name of the device in Spanish as well"),
            Map.entry("open-data.hsds.heading", "Open Referral is the name of a standard"),
            Map.entry("data-json.csv.keywords", "CSV is the name of a format"),
            Map.entry("data-json.open-referral.keywords", "names of a standard and its specification"),
            Map.entry("data-json.api.keywords", "names of formats and of a specification"));

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(,\\s*[a-z]+)?");

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    private static final Pattern SMUGGLING = Pattern
        .compile("trafico\\s+(de\\s+personas|humano|de\\s+seres\\s+humanos)");

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void shouldHaveTheKeysOfTheEnglishMessagesAndNoOther() throws IOException {
        Properties english = load("messages/messages.properties");
        Properties spanish = load("messages/messages_es.properties");
        assertThat(spanish.stringPropertyNames()).as("keys of messages_es.properties")
            .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void shouldGiveEveryKeyATranslatedText() throws IOException {
        Properties english = load("messages/messages.properties");
        Properties spanish = load("messages/messages_es.properties");
        assertThat(problems(spanish, (key, text) -> {
            if (text.isBlank()) {
                return List.of(key + " is empty");
            }
            boolean same = text.strip().equals(english.getProperty(key, "").strip());
            boolean words = LETTERS.matcher(ARGUMENT.matcher(text).replaceAll("")).find();
            return (same && words && !SAME_IN_BOTH.containsKey(key))
                    ? List.of(key + " is still the English text: " + text) : List.of();
        })).isEmpty();
        assertThat(SAME_IN_BOTH.keySet()).as("keys allowed to keep the English text")
            .allSatisfy((key) -> assertThat(spanish.getProperty(key)).isEqualTo(english.getProperty(key)));
    }

    @Test
    void shouldTakeTheSameArgumentsAsTheEnglishText() throws IOException {
        Properties english = load("messages/messages.properties");
        Properties spanish = load("messages/messages_es.properties");
        assertThat(problems(spanish, (key, text) -> {
            Set<String> expected = arguments(english.getProperty(key, ""));
            Set<String> actual = arguments(text);
            return expected.equals(actual) ? List.of() : List.of(key + ": " + actual + " instead of " + expected);
        })).isEmpty();
    }

    @Test
    void shouldBeReadableByMessageFormat() throws IOException {
        assertThat(problems(load("messages/messages_es.properties"), (key, text) -> {
            List<String> found = new ArrayList<>();
            if (LONE_APOSTROPHE.matcher(text).find()) {
                found.add(key + " has a lone apostrophe, which MessageFormat would drop");
            }
            try {
                new MessageFormat(text, SPANISH).format(new Object[] { 1, 2, 3, 4, 5, 6, 7 });
            }
            catch (IllegalArgumentException ex) {
                found.add(key + " is not a MessageFormat pattern: " + ex.getMessage());
            }
            return found;
        })).isEmpty();
    }

    @Test
    void shouldNeverCallTraffickingSmuggling() throws IOException {
        assertThat(problems(load("messages/messages_es.properties"), (key, text) -> {
            String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
            return SMUGGLING.matcher(plain).find()
                    ? List.of(key + " says tráfico (smuggling) where trata de personas is meant") : List.of();
        })).isEmpty();
    }

    /**
     * The glossary's other "never": no federal source says "alivio migratorio", so
     * immigration relief is "beneficios de inmigración", as USCIS writes it.
     */
    @Test
    void shouldFollowTheGlossaryForImmigrationRelief() throws IOException {
        assertThat(problems(load("messages/messages_es.properties"),
                (key, text) -> text.toLowerCase(Locale.ROOT).contains("alivio migratorio")
                        ? List.of(key + " says alivio migratorio") : List.of()))
            .isEmpty();
    }

    /** What the check finds wrong in each message, key by key in alphabetical order. */
    private static List<String> problems(Properties messages, BiFunction<String, String, List<String>> check) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            problems.addAll(check.apply(key, messages.getProperty(key)));
        }
        return problems;
    }

    /** Each argument with its format type, such as "0" or "1,choice". */
    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            String type = argument.group(2);
            arguments.add(argument.group(1) + ((type != null) ? type.replaceAll("\\s", "") : ""));
        }
        return arguments;
    }

    /** Reads a bundle as Spring does (spring.messages.encoding is UTF-8 by default). */
    private static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesInSpanishTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(messages).as(name).isNotEmpty();
        return messages;
    }

}
