package org.antitrafficking.directory.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.web.AnyParameters;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers any API address that names no operation with a problem detail, not the site's
 * HTML 404 page.
 */
@Hidden
@RestController
class ApiFallbackController {

    @AnyParameters
    @RequestMapping({ "/api/**", "/hsds/**" })
    void unknown() {
        throw new NotFoundException("api.no-such-path");
    }

}
