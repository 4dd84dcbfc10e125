package org.antitrafficking.directory.hotline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Hotlines", description = "Lines to call, text or write to, for help or to report")
@RestController
@RequestMapping("/api/v1/hotlines")
class HotlineApiController {

    private final HotlineService hotlines;

    private final ReadModel directory;

    HotlineApiController(HotlineService hotlines, ReadModel directory) {
        this.hotlines = hotlines;
        this.directory = directory;
    }

    @Operation(operationId = "listHotlines", summary = "List hotlines",
            description = "Every line in the directory order (the emergency line first), each with every way to reach it; optionally only the lines for one purpose.")
    @GetMapping
    ApiPage<HotlineCard> list(@Parameter(description = "emergency, get-help, report-tip or check-case") @RequestParam(
            required = false) String purpose, Paging paging) {
        return ApiPage.of(hotlines.forPurpose(purpose), paging);
    }

    @Operation(operationId = "getHotline", summary = "Get a hotline",
            description = "A line with every channel (the number exactly as its source gives it, and a tel:, sms: or web link), who is behind it, hours, languages and sources.")
    @GetMapping("/{slug}")
    HotlinePage get(@Parameter(description = "The slug, such as hsi-tip-line") @PathVariable String slug) {
        return directory.snapshot().hotlines().page(slug);
    }

}
