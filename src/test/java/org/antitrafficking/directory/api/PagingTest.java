package org.antitrafficking.directory.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API's page and size, and the page of a list they ask for. */
class PagingTest {

    private static final List<Integer> FORTY_FIVE = IntStream.rangeClosed(1, 45).boxed().toList();

    @Test
    void shouldTakeTheFirstPageOfTwentyWhenNothingIsAsked() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(1, Paging.DEFAULT_SIZE));
        assertThat(Paging.of(" ", "")).isEqualTo(new Paging(1, 20));
        assertThat(Paging.of(" 3 ", "100")).isEqualTo(new Paging(3, 100));
        assertThat(Paging.of("1", "1")).isEqualTo(new Paging(1, 1));
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource(nullValues = "NONE", textBlock = """
            0,     NONE, api.invalid.page, 0
            -2,    NONE, api.invalid.page, -2
            two,   NONE, api.invalid.page, two
            1.5,   NONE, api.invalid.page, 1.5
            NONE,  0,    api.invalid.size, 0
            NONE,  101,  api.invalid.size, 101
            NONE,  ten,  api.invalid.size, ten
            """)
    void shouldRefuseAPageOrSizeOutOfBoundsNamingWhatWasAsked(String page, String size, String key, String echoed) {
        assertThatThrownBy(() -> Paging.of(page, size)).isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
            assertThat(ex.getMessageKey()).isEqualTo(key);
            assertThat(ex.getArguments()[0]).isEqualTo(echoed);
        });
    }

    @Test
    void shouldTellTheLargestSizeWithARefusedSize() {
        assertThatThrownBy(() -> Paging.of("1", "500")).isInstanceOfSatisfying(InvalidRequestException.class,
                ex -> assertThat(ex.getArguments()).containsExactly("500", Paging.MAX_SIZE));
    }

    @Test
    void shouldCutThePageAskedForAndSayWhereItSits() {
        ApiPage<Integer> third = ApiPage.of(FORTY_FIVE, Paging.of("3", "20"));
        assertThat(third.items()).containsExactly(41, 42, 43, 44, 45);
        assertThat(third.page()).isEqualTo(new ApiPage.Metadata(3, 20, 45, 3));
        assertThat(ApiPage.of(FORTY_FIVE, Paging.of("2", "20")).items()).startsWith(21).endsWith(40).hasSize(20);
        assertThat(ApiPage.of(FORTY_FIVE, Paging.of("1", "45")).page()).isEqualTo(new ApiPage.Metadata(1, 45, 45, 1));
    }

    @Test
    void shouldAnswerTheFirstPageOfNothingButRefuseAPagePastTheLast() {
        ApiPage<Integer> empty = ApiPage.of(List.of(), Paging.of(null, null));
        assertThat(empty.items()).isEmpty();
        assertThat(empty.page()).isEqualTo(new ApiPage.Metadata(1, 20, 0, 0));
        assertThatThrownBy(() -> ApiPage.of(FORTY_FIVE, Paging.of("4", "15")))
            .isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
                assertThat(ex.getMessageKey()).isEqualTo("api.invalid.page-out-of-range");
                assertThat(ex.getArguments()).containsExactly(4, 3);
            });
        assertThatThrownBy(() -> ApiPage.of(List.of(), Paging.of("2", null)))
            .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ApiPage.of(List.of(1, 2), Paging.of("2", "20"), 2, 1)).as("a page the database cut")
            .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void shouldKeepItsOwnCopyOfThePage() {
        ArrayList<Integer> all = new ArrayList<>(List.of(1, 2, 3));
        ApiPage<Integer> page = ApiPage.of(all, Paging.of("1", "2"));
        all.set(0, 99);
        assertThat(page.items()).containsExactly(1, 2);
    }

}
