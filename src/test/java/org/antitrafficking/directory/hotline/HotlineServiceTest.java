package org.antitrafficking.directory.hotline;

import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hotlines for a purpose, on the small directory, without a Spring context. */
class HotlineServiceTest {

    private final HotlineService hotlines = new HotlineService(SmallDirectory.readModel());

    @Test
    void shouldListEveryLineEmergencyFirstWithoutAPurpose() {
        assertThat(hotlines.all()).extracting(line -> line.link().slug())
            .containsExactly("emergency-911", "hsi-tip-line");
        assertThat(hotlines.forPurpose(null)).isEqualTo(hotlines.all());
        assertThat(hotlines.forPurpose("  ")).isEqualTo(hotlines.all());
    }

    @Test
    void shouldListTheLinesForOnePurpose() {
        assertThat(hotlines.forPurpose("report-tip")).extracting(HotlineCard::link)
            .extracting(link -> link.slug())
            .containsExactly("hsi-tip-line");
        assertThat(hotlines.forPurpose(" emergency ")).extracting(line -> line.link().slug())
            .containsExactly("emergency-911");
        assertThat(hotlines.forPurpose("check-case")).as("a purpose no line has").isEmpty();
    }

    @Test
    void shouldRefuseAPurposeThatIsNotOneNamingAShortPartOfIt() {
        assertThatThrownBy(() -> hotlines.forPurpose("report_tip"))
            .isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
                assertThat(ex.getMessageKey()).isEqualTo("hotlines.invalid.purpose");
                assertThat(ex.getArguments()).containsExactly("report_tip");
            });
        assertThatThrownBy(() -> hotlines.forPurpose("call 1-900-555-0100 now")).isInstanceOfSatisfying(
                InvalidRequestException.class,
                ex -> assertThat(ex.getArguments()).containsExactly("call 1-900-555-0…"));
        assertThat(HotlineService.PURPOSES).extracting(purpose -> purpose.slug())
            .containsExactly("emergency", "get-help", "report-tip", "check-case");
    }

}
