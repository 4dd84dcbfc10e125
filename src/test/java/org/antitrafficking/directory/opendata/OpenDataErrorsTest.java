package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.support.ErrorAnswers;
import org.antitrafficking.directory.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The 404 of an export the directory does not have, on the small directory. */
@WebSlice(ExportController.class)
@Import(DirectoryExport.class)
class OpenDataErrorsTest {

    @Autowired
    MockMvcTester mvc;

    private ErrorAnswers answers;

    @BeforeEach
    void prepare() {
        answers = new ErrorAnswers(mvc);
    }

    @Test
    void shouldAnswerAnUnknownExportWith404() {
        assertThat(answers.notFoundPage("/export/passwords.csv")).isNotBlank();
        assertThat(answers.exchange("/export/programs.csv").getStatus()).isEqualTo(200);
    }

}
