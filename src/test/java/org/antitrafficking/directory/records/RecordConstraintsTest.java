package org.antitrafficking.directory.records;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records' validation allows what the database's domains and checks allow (V1, V6,
 * V9, V42) and refuses what they refuse, without a database: a value is refused before
 * any SQL.
 */
class RecordConstraintsTest {

    private static ValidatorFactory factory;

    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "dhs", "hsi-tip-line", "t-visa", "a1-2b",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
    void shouldAcceptASlug(String slug) {
        assertThat(validator.validateValue(Source.class, "slug", slug)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", "HSI", "hsi tip line", "hsi--tip", "-hsi", "hsi-", "hsi_tip", "t-visa/",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
    void shouldRefuseASlug(String slug) {
        assertThat(validator.validateValue(Source.class, "slug", slug)).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "https://www.dhs.gov/blue-campaign", "https://humantraffickinghotline.org",
            "https://www.ice.gov/webform/hsi-tip-form?lang=en#top" })
    void shouldAcceptAWebAddress(String address) {
        assertThat(validator.validateValue(Hotline.class, "website", address)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "http://www.dhs.gov", "https://WWW.DHS.GOV", "https://dhs", "https://www.dhs.gov/a b",
            "javascript:alert(1)", "www.dhs.gov", "https://www.dhs.gov\n" })
    void shouldRefuseAWebAddress(String address) {
        assertThat(validator.validateValue(Hotline.class, "website", address)).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "HSI", "Blue Campaign", "One line.\nAnother line." })
    void shouldAcceptText(String text) {
        assertThat(validator.validateValue(Hotline.class, "name", text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", " ", " HSI", "HSI ", "\tHSI", "HSI\n", "\n" })
    void shouldRefuseBlankOrUntrimmedText(String text) {
        assertThat(validator.validateValue(Hotline.class, "name", text)).hasSize(1);
    }

    @Test
    void shouldRefuseTextLongerThanItsField() {
        assertThat(validator.validateValue(Hotline.class, "name", "x".repeat(NonblankText.NAME))).isEmpty();
        assertThat(validator.validateValue(Hotline.class, "name", "x".repeat(NonblankText.NAME + 1))).hasSize(1);
        assertThat(validator.validateValue(Department.class, "acronym", "x".repeat(NonblankText.SHORT + 1))).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "+18883737888", "233733", "911", "711" })
    void shouldAcceptDigitsToDial(String dial) {
        assertThat(validator.validateValue(HotlineChannel.class, "dial", dial)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "18883737888", "+1888373788", "+448883737888", "12", "1234567", "1-888-373-7888",
            "(888) 373-7888", "BeFree" })
    void shouldRefuseDigitsToDial(String dial) {
        assertThat(validator.validateValue(HotlineChannel.class, "dial", dial)).hasSize(1);
    }

    @Test
    void shouldReachAChannelOneWayByItsKind() {
        HotlineChannel channel = new HotlineChannel();
        channel.setKind(ChannelKind.TEXT);
        channel.setDial("233733");
        assertThat(validator.validateProperty(channel, "reachedOneWay")).isEmpty();
        channel.setUrl("https://humantraffickinghotline.org/chat");
        assertThat(validator.validateProperty(channel, "reachedOneWay")).hasSize(1);
        channel.setKind(ChannelKind.CHAT);
        channel.setDial(null);
        assertThat(validator.validateProperty(channel, "reachedOneWay")).isEmpty();
        channel.setUrl(null);
        assertThat(validator.validateProperty(channel, "reachedOneWay")).hasSize(1);
    }

    @Test
    void shouldPlaceAProgramAsTheDatabaseDoes() {
        Program program = new Program();
        assertThat(validator.validateProperty(program, "ofSomeoneOrShared")).as("nobody's").hasSize(1);
        program.setTaskForce(new TaskForce());
        assertThat(validator.validateProperty(program, "ofSomeoneOrShared")).as("a task force's").isEmpty();
        program.setCrossAgency(true);
        assertThat(validator.validateProperty(program, "ofSomeoneOrShared")).as("shared").isEmpty();
        program.setDepartment(new Department());
        assertThat(validator.validateProperty(program, "ofSomeoneOrShared")).as("shared and a department's").hasSize(1);
        program.setParent(program);
        assertThat(validator.validateProperty(program, "notPartOfItself")).hasSize(1);
    }

    @Test
    void shouldGiveAFigureAndAMemberOneRecordEach() {
        Figure figure = new Figure();
        assertThat(validator.validateProperty(figure, "aboutOneRecord")).hasSize(1);
        figure.setProgram(new Program());
        assertThat(validator.validateProperty(figure, "aboutOneRecord")).isEmpty();
        figure.setTaskForce(new TaskForce());
        assertThat(validator.validateProperty(figure, "aboutOneRecord")).hasSize(1);
        TaskForceMember member = new TaskForceMember();
        member.setAgency(new Agency());
        assertThat(validator.validateProperty(member, "oneBody")).isEmpty();
        member.setDepartment(new Department());
        assertThat(validator.validateProperty(member, "oneBody")).hasSize(1);
    }

}
