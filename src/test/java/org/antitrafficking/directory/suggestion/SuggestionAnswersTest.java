package org.antitrafficking.directory.suggestion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.antitrafficking.directory.support.WebSlice;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The form of a record on the small directory, and every answer to it: stored (303 to the
 * confirmation), bad input (400 with the visitor's words), another site's form (403
 * without them), too many (429) and the database away (503 with them). The store and the
 * day's keys stand in for PostgreSQL.
 */
@WebSlice(SuggestionController.class)
@Import({ SuggestionService.class, RecordFields.class })
class SuggestionAnswersTest {

    private static final byte[] KEY = "a key of the day, thirty-two bytes long".getBytes(StandardCharsets.UTF_8);

    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SuggestionStore store;

    @MockitoBean
    DailyKeys keys;

    private Submissions submissions;

    @BeforeEach
    void useOneKey() {
        given(keys.tokenKey(any())).willReturn(KEY);
        given(store.save(any(), anyString())).willReturn(SuggestionStore.Saved.STORED);
        submissions = new Submissions(mvc, keys);
    }

    @Test
    void shouldOfferEveryFactOfTheRecordWithTodaysValueAndPreselectTheOneNamed() {
        MvcTestResult result = mvc.get().uri(Submissions.FORM + "?field=hours").exchange();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertPrivate(response);
        Document page = Submissions.page(result);
        assertThat(page.select("select#field option")).extracting(Element::text)
            .contains("Choose a fact", "Name: HSI Tip Line", "Call: number or address: 1-866-347-2423",
                    "Online form: number or address: Online tip form", "Hours: 24 hours a day",
                    "Anonymous tips: Accepted", "Confidential calls (not stated)",
                    "Who answers or funds it: Homeland Security Investigations (HSI)");
        assertThat(page.select("select#field option[selected]")).extracting(Element::val).containsExactly("hours");
        assertThat(page.select("select#field option")).extracting(Element::val).contains("channel-1-value");
        assertThat(page.selectFirst("form.suggestion-form").attr("action")).isEqualTo(Submissions.FORM);
        assertThat(page.selectFirst("form.suggestion-form").attr("method")).isEqualTo("post");
        assertThat(page.select("input[name=token]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(page.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("same-origin");
        assertLabelledAndDescribed(page);
        Element trap = page.selectFirst("input[name=homepage]").parent();
        assertThat(trap.hasAttr("hidden")).as("hidden from people").isTrue();
        assertThat(trap.attr("aria-hidden")).as("and from screen readers").isEqualTo("true");
        assertThat(page.selectFirst("input[name=homepage]").attr("tabindex")).isEqualTo("-1");
        assertThat(page.select("main a[href=/hotlines]")).as("the way to help instead").isNotEmpty();
    }

    @Test
    void shouldOfferTheFormWithNothingChosenWhenTheLinkNamesNoFieldOrAnUnknownOne() {
        for (String uri : new String[] { Submissions.FORM, Submissions.FORM + "?field=nonsense" }) {
            Document page = Submissions.page(mvc.get().uri(uri).exchange());
            assertThat(page.select("select#field option[selected]")).as(uri).isEmpty();
        }
    }

    @Test
    void shouldOfferTheFactsOfEveryKindOfRecord() {
        Map<String, String> forms = Map.of("/suggest/department/dhs", "Acronym: DHS", "/suggest/agency/ccht",
                "Part of: Homeland Security Investigations (HSI)", "/suggest/program/blue-campaign", "Kind: Campaign",
                "/suggest/task-force/trafficking-task-force", "Where it works: Local, National",
                "/suggest/relief-type/continued-presence", "Short name: CP", "/suggest/source/dhs-in-action",
                "Publisher: U.S. Department of Homeland Security");
        forms.forEach((uri, option) -> {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
            assertThat(Submissions.page(result).select("select#field option")).extracting(Element::text)
                .as(uri)
                .contains(option);
        });
    }

    @Test
    void shouldFindNoFormForAnUnknownRecordOrAKindThatTakesNoSuggestions() {
        for (String uri : new String[] { "/suggest/hotline/no-such-line", "/suggest/function/protection",
                "/suggest/nonsense/hsi-tip-line" }) {
            assertThat(mvc.get().uri(uri).exchange().getResponse().getStatus()).as(uri).isEqualTo(404);
        }
    }

    @Test
    void shouldStoreAGoodSuggestionAndSendTheVisitorToTheConfirmation() {
        MvcTestResult result = submissions.post(Submissions.FORM, submissions.goodHours("Weekdays 9 to 5"),
                "203.0.113.7");
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/suggest/received");
        assertPrivate(result.getResponse());
        verify(store).save(
                new Suggestion(org.antitrafficking.directory.readmodel.RecordKind.HOTLINE, "hsi-tip-line", "hours",
                        "24 hours a day", "Weekdays 9 to 5", "https://www.ice.gov/webform/hsi-tip-form", null),
                "203.0.113.7");
    }

    @Test
    void shouldIgnoreFieldsTheFormDoesNotHaveRatherThanPutTheWordsInAnAddress() {
        Map<String, String> fields = submissions.goodHours("Weekdays 9 to 5");
        fields.put("utm_source", "newsletter");
        MvcTestResult result = submissions.post(Submissions.FORM, fields, "203.0.113.16");
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/suggest/received");
    }

    @Test
    void shouldConfirmSayingNothingIdentifyingIsKeptAndPointingToHelp() {
        MvcTestResult result = mvc.get().uri("/suggest/received").exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        Document page = Submissions.page(result);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Thank you: your suggestion has been received");
        assertThat(page.select("main").text()).contains("Nothing that identifies you is kept")
            .contains("not a way to report a crime or to ask for help")
            .contains("In immediate danger?");
        assertThat(page.select("main a")).extracting(link -> link.attr("href")).contains("/hotlines", "tel:911");
    }

    @Test
    void shouldShowTheFormAgainWithTheVisitorsWordsEscapedAndEachProblemLinkedToItsField() {
        Map<String, String> fields = submissions.goodHours(HOSTILE);
        fields.put("evidence", "");
        fields.put("reply", "r".repeat(SuggestionForm.MAX_REPLY + 1));
        MvcTestResult result = submissions.post(Submissions.FORM, fields, "203.0.113.8");
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertPrivate(response);
        assertThat(Submissions.body(response)).doesNotContain("<script>alert").doesNotContain("<img src=x");
        Document page = Submissions.page(result);
        assertThat(page.selectFirst("textarea#proposed").wholeText()).isEqualTo(HOSTILE);
        assertThat(page.select("#problem-summary a")).extracting(link -> link.attr("href"), Element::text)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("#evidence",
                            "Say where the right fact comes from: a link or a short note."),
                    org.assertj.core.groups.Tuple.tuple("#reply",
                            "Shorten how to reply to 200 characters or fewer, or leave it empty."));
        assertThat(page.selectFirst("#problem-summary").attr("role")).isEqualTo("alert");
        assertThat(page.selectFirst("textarea#evidence").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("textarea#evidence").attr("aria-describedby"))
            .isEqualTo("evidence-hint evidence-error");
        assertThat(page.selectFirst("textarea#proposed").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("select#field option[selected]")).extracting(Element::val).containsExactly("hours");
        assertThat(page.select("input[name=token]").val()).as("a token for sending it again").isNotBlank();
        assertLabelledAndDescribed(page);
        verify(store, never()).save(any(), anyString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    missing      | This form could not be checked. Please send it again.
                    tampered     | This form could not be checked. Please send it again.
                    other-record | This form could not be checked. Please send it again.
                    expired      | This form was open for more than 2 hours, so it had expired. Please check it and send it again.
                    too-fast     | The form came back faster than a person can fill it in. Please check it and send it again in a few seconds.
                    """)
    void shouldRefuseAFormWhoseTokenIsNotGood(String problem, String notice) {
        Map<String, String> fields = submissions.goodHours("Weekdays 9 to 5");
        String token = fields.get("token");
        fields.put("token", switch (problem) {
            case "missing" -> "";
            case "tampered" ->
                (Long.parseLong(token.substring(0, token.indexOf('.'))) - 100) + token.substring(token.indexOf('.'));
            case "other-record" -> submissions.filledToken("hotline", "emergency-911");
            case "expired" -> new FormToken(keys, Clock.offset(Clock.systemUTC(), Duration.ofHours(-3)))
                .issue("hotline", "hsi-tip-line");
            default -> new FormToken(keys, Clock.systemUTC()).issue("hotline", "hsi-tip-line");
        });
        MvcTestResult result = submissions.post(Submissions.FORM, fields, "203.0.113.9");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = Submissions.page(result);
        assertThat(page.selectFirst("#problem-summary .usa-alert__text").text()).isEqualTo(notice);
        assertThat(page.selectFirst("textarea#proposed").wholeText()).isEqualTo("Weekdays 9 to 5");
        verify(store, never()).save(any(), anyString());
    }

    @Test
    void shouldRefuseAFormWhoseHoneypotIsFilledIn() {
        Map<String, String> fields = submissions.goodHours("Weekdays 9 to 5");
        fields.put("homepage", "https://cheap-pills.example");
        MvcTestResult result = submissions.post(Submissions.FORM, fields, "203.0.113.10");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(Submissions.page(result).selectFirst("#problem-summary").text())
            .contains("a field filled in that people do not see");
        verify(store, never()).save(any(), anyString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "Sec-Fetch-Site, cross-site", "Sec-Fetch-Site, same-site", "Sec-Fetch-Site, none",
            "Origin, https://attacker.example", "Origin, null", "Referer, https://attacker.example/page" })
    void shouldRefuseAFormSentFromAnotherSiteWithoutShowingItsWords(String header, String value) {
        MvcTestResult result = submissions.post(Submissions.FORM, submissions.goodHours(HOSTILE), "203.0.113.11",
                header, value);
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertPrivate(result.getResponse());
        assertThat(Submissions.body(result.getResponse())).doesNotContain("alert").doesNotContain("onerror");
        assertThat(Submissions.page(result).select("main a")).extracting(link -> link.attr("href"))
            .contains(Submissions.FORM);
        verify(store, never()).save(any(), anyString());
    }

    @Test
    void shouldTakeAFormFromAClientThatSendsNoneOfTheOriginHeaders() {
        MvcTestResult result = submissions.post(Submissions.FORM, submissions.goodHours("Weekdays 9 to 5"),
                "203.0.113.12", "X-Nothing", "at all");
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
    }

    @Test
    void shouldAnswer429KeepingTheTextWhenTheAddressHasSentItsShare() {
        given(store.save(any(), anyString())).willReturn(SuggestionStore.Saved.LIMIT_REACHED);
        MvcTestResult result = submissions.post(Submissions.FORM, submissions.goodHours("Weekdays 9 to 5"),
                "203.0.113.13");
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(429);
        assertPrivate(response);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 3601L);
        Document page = Submissions.page(result);
        assertThat(page.selectFirst("#problem-summary").text())
            .contains("You have sent 5 suggestions from this connection in the past hour");
        assertThat(page.selectFirst("textarea#proposed").wholeText()).isEqualTo("Weekdays 9 to 5");
    }

    @Test
    void shouldAnswer503InTheLayoutKeepingTheTextWhenTheDatabaseIsAway() {
        given(store.save(any(), anyString())).willThrow(new CannotGetJdbcConnectionException("away"));
        MvcTestResult result = submissions.post(Submissions.FORM, submissions.goodHours(HOSTILE), "203.0.113.14");
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertPrivate(response);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        Document page = Submissions.page(result);
        assertThat(page.select("[data-quick-exit]")).as("the layout's quick exit").hasSize(2);
        assertThat(page.selectFirst("#problem-summary").text()).contains("could not be saved just now");
        assertThat(page.selectFirst("textarea#proposed").wholeText()).isEqualTo(HOSTILE);
        assertThat(Submissions.body(response)).doesNotContain("<script>alert");
    }

    @Test
    void shouldAnswer503WhenEvenTheDaysKeyCannotBeRead() {
        Map<String, String> good = submissions.goodHours("Weekdays");
        given(keys.tokenKey(any())).willThrow(new CannotGetJdbcConnectionException("away"));
        Map<String, String> expired = Map.of("field", "hours", "proposed", "Weekdays", "evidence", "x", "token",
                "1.abc");
        MvcTestResult result = submissions.post(Submissions.FORM, expired, "203.0.113.15");
        assertThat(result.getResponse().getStatus()).as("an expired token needs no key").isEqualTo(400);
        result = submissions.post(Submissions.FORM, good, "203.0.113.15");
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(Submissions.page(result).select("input[name=token]")).as("no token to give").isEmpty();
        assertThat(mvc.get().uri(Submissions.FORM).exchange().getResponse().getStatus())
            .as("the form itself, without its key")
            .isEqualTo(503);
    }

    private static void assertPrivate(MockHttpServletResponse response) {
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    /** Every control has a label, and every id it is described by is on the page. */
    private static void assertLabelledAndDescribed(Document page) {
        for (Element control : page.select("form.suggestion-form :is(select, textarea, input:not([type=hidden]))")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as("label of %s", control.id()).hasSize(1);
            for (String id : control.attr("aria-describedby").split(" ")) {
                if (!id.isEmpty()) {
                    assertThat(page.getElementById(id)).as("%s described by %s", control.id(), id).isNotNull();
                }
            }
        }
    }

}
