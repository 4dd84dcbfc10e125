package org.antitrafficking.directory.opendata.openreferral;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Open Referral data package, zipped. */
@Controller
class OpenReferralExportController {

    private final OpenReferralExport export;

    OpenReferralExportController(OpenReferralExport export) {
        this.export = export;
    }

    @GetMapping("/export/open-referral.zip")
    ResponseEntity<byte[]> openReferralZip() {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/zip"))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("open-referral.zip").build().toString())
            .body(export.zip());
    }

}
