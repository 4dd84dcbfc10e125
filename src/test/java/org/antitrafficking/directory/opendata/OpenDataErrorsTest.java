package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.support.ErrorSliceTest;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The 404 of an export the directory does not have, on the small directory. */
@WebSlice(ExportController.class)
@Import(DirectoryExport.class)
class OpenDataErrorsTest extends ErrorSliceTest {

    @Test
    void shouldAnswerAnUnknownExportWith404() {
        assertThat(answers.notFoundPage("/export/passwords.csv")).isNotBlank();
        assertThat(answers.exchange("/export/programs.csv").getStatus()).isEqualTo(200);
    }

}
