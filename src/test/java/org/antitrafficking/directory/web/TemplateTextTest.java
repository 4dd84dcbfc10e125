package org.antitrafficking.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text comes from the message bundle, ready for translation: no template
 * shows text of its own, and every key a template names exists.
 */
class TemplateTextTest {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label", "content",
            "value");

    @Test
    void shouldTakeEveryVisibleTextFromMessages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource template : templates()) {
            Document html = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : html.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace") || element.hasAttr("th:insert")
                        || isInsideReplacedElement(element);
                for (TextNode text : element.textNodes()) {
                    if (!replaced && LETTERS.matcher(text.text()).find() && !element.tagName().equals("script")) {
                        problems.add(template.getFilename() + ": text \"" + text.text().strip() + "\" in <"
                                + element.tagName() + ">");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()
                            && !element.tagName().equals("meta")) {
                        problems.add(template.getFilename() + ": attribute " + attribute + "=\""
                                + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldDefineEveryMessageKeyATemplateUses() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Resource template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (key.find()) {
                if (!messages.containsKey(key.group(1))) {
                    missing.add(template.getFilename() + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldDoubleEveryApostropheSoMessageFormatKeepsIt() throws IOException {
        Pattern single = Pattern.compile("(?<!')'(?!')");
        messages().forEach((key, value) -> assertThat(single.matcher((String) value).find())
            .as("message %s has a lone apostrophe, which MessageFormat would drop", key)
            .isFalse());
    }

    @Test
    void shouldNameEveryKindOfRecordAndEveryFunction() throws IOException {
        Properties messages = messages();
        for (RecordKind kind : RecordKind.values()) {
            assertThat(messages).containsKeys("kind." + kind.slug(), "kind." + kind.slug() + ".plural");
        }
        for (WorkFunction function : WorkFunction.values()) {
            assertThat(messages).containsKeys("function." + function.slug(), "function." + function.slug() + ".about");
        }
    }

    /**
     * Text inside an element whose content Thymeleaf replaces is only a design-time
     * placeholder.
     */
    private static boolean isInsideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || parent.hasAttr("th:replace")) {
                return true;
            }
        }
        return false;
    }

    private static Resource[] templates() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(10);
        return templates;
    }

    static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (var in = new ClassPathResource("messages/messages.properties").getInputStream()) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

}
