package org.antitrafficking.directory.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What every {@link WebSlice} of error answers shares: the slice's MockMvc and the
 * assertions on a 404 or 400 page and a problem detail.
 */
public abstract class ErrorSliceTest {

    @Autowired
    protected MockMvcTester mvc;

    protected ErrorAnswers answers;

    @BeforeEach
    void prepareAnswers() {
        answers = new ErrorAnswers(mvc);
    }

}
